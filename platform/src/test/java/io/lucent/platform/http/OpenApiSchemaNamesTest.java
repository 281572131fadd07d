package io.lucent.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names each body type once: the generator files schemas by simple class name, so two
 * records both called {@code Item} would be documented with one's fields for both.
 */
class OpenApiSchemaNamesTest {

    private static final List<Class<? extends Annotation>> NOT_A_BODY = List.of(Context.class, PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class);

    @Test
    void noTwoRecordsInTheApiShareASchemaName() throws Exception {
        Set<Class<?>> resources = resourceClasses();
        assertThat(resources).hasSizeGreaterThan(10);

        Map<String, Set<String>> classesByName = new TreeMap<>();
        for (Class<?> record : reachableRecords(resources)) {
            classesByName.computeIfAbsent(schemaName(record), name -> new TreeSet<>()).add(record.getName());
        }

        Map<String, Set<String>> shared = classesByName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(shared).as("schema names used by more than one record").isEmpty();
    }

    @Test
    void bestSellersItemsAreDocumentedWithTheirOwnFields() throws Exception {
        String document = OpenApiResource.describe(resourceClasses(), "test");
        var schemas = new com.fasterxml.jackson.databind.ObjectMapper().readTree(document).path("components").path("schemas");

        String itemRef = schemas.path("BestSellers").path("properties").path("items").path("items").path("$ref").asText();
        var item = schemas.path(itemRef.substring(itemRef.lastIndexOf('/') + 1)).path("properties");
        assertThat(item.has("rank")).as("%s", item).isTrue();
        assertThat(item.has("sharePct")).isTrue();
        assertThat(item.has("daysOfCover")).isFalse();
    }

    private static Set<Class<?>> resourceClasses() throws Exception {
        Set<Class<?>> resources = new HashSet<>();
        for (ClassPath.ClassInfo info : ClassPath.from(OpenApiSchemaNamesTest.class.getClassLoader()).getTopLevelClassesRecursive("io.lucent.platform")) {
            Class<?> type = info.load();
            if (type.isAnnotationPresent(Path.class) && !info.getResourceName().contains("/test-classes/")) {
                resources.add(type);
            }
        }
        return resources;
    }

    /** The records a resource method takes as its body or answers with, and the records inside them. */
    private static Set<Class<?>> reachableRecords(Set<Class<?>> resources) {
        Deque<Type> pending = new ArrayDeque<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                pending.add(method.getGenericReturnType());
                for (int i = 0; i < method.getParameterCount(); i++) {
                    boolean bound = Arrays.stream(method.getParameterAnnotations()[i]).anyMatch(a -> NOT_A_BODY.contains(a.annotationType()));
                    if (!bound) {
                        pending.add(method.getGenericParameterTypes()[i]);
                    }
                }
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null) {
                    for (ApiResponse response : operation.responses()) {
                        for (Content content : response.content()) {
                            pending.add(content.schema().implementation());
                        }
                    }
                }
            }
        }
        Set<Class<?>> records = new HashSet<>();
        Set<Type> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.isRecord()) {
                records.add(c);
                for (RecordComponent component : c.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        return records;
    }

    private static String schemaName(Class<?> record) {
        Schema schema = record.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : record.getSimpleName();
    }
}
