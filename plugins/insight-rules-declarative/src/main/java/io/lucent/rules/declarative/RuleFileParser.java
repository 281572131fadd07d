package io.lucent.rules.declarative;

import io.lucent.plugin.api.insight.InsightCategory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates a rules file (YAML, or JSON, which is YAML too). Every problem is reported with its place,
 * for example {@code rules[2].when[0].op: must be one of <, <=, >, >=, ==, !=}.
 */
final class RuleFileParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final List<String> OPERATORS = List.of("<", "<=", ">", ">=", "==", "!=");
    static final int DEFAULT_LIMIT = 10;

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private RuleFileParser(String file) {
        this.file = file;
    }

    static PackSpec parse(InputStream in, String file) {
        Object root;
        try (in) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | YAMLException e) {
            throw new RuleFileException(file + " cannot be read: " + e.getMessage(), e);
        }
        RuleFileParser parser = new RuleFileParser(file);
        PackSpec pack = parser.pack(root);
        if (!parser.problems.isEmpty()) {
            throw new RuleFileException(file + " is not a valid rules file: " + String.join("; ", parser.problems));
        }
        return pack;
    }

    private PackSpec pack(Object root) {
        Map<String, Object> top = map(root, "the file");
        Map<String, Object> pack = map(top.get("pack"), "pack");
        String id = text(pack, "id", "pack", true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("pack.id: use 1 to 64 lower-case letters, digits, dots, dashes or underscores");
        }
        List<SettingSpec> settings = new ArrayList<>();
        List<Object> declared = list(top.get("settings"), "settings", false);
        for (int i = 0; i < declared.size(); i++) {
            settings.add(setting(map(declared.get(i), "settings[" + i + "]"), "settings[" + i + "]"));
        }
        Set<String> settingNames = new HashSet<>();
        settings.forEach(s -> settingNames.add(s.name()));
        List<RuleSpec> rules = new ArrayList<>();
        List<Object> declaredRules = list(top.get("rules"), "rules", true);
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < declaredRules.size(); i++) {
            RuleSpec rule = rule(map(declaredRules.get(i), "rules[" + i + "]"), "rules[" + i + "]", settingNames);
            if (rule != null && !ruleIds.add(rule.id())) {
                problems.add("rules[" + i + "].id: '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
        }
        return new PackSpec(id, text(pack, "name", "pack", true), orEmpty(text(pack, "description", "pack", false)), settings, rules);
    }

    private SettingSpec setting(Map<String, Object> map, String at) {
        String name = text(map, "name", at, true);
        String type = orEmpty(text(map, "type", at, false));
        if (!type.isEmpty() && !type.equals("number") && !type.equals("integer")) {
            problems.add(at + ".type: must be number or integer");
        }
        Double value = number(map, "default", at, true);
        Double min = number(map, "min", at, false);
        Double max = number(map, "max", at, false);
        double low = min == null ? -1e15 : min;
        double high = max == null ? 1e15 : max;
        if (value != null && (value < low || value > high)) {
            problems.add(at + ".default: outside min and max");
        }
        return new SettingSpec(name, text(map, "label", at, false) == null ? name : text(map, "label", at, false),
                orEmpty(text(map, "description", at, false)), type.equals("integer"), value == null ? 0 : value, low, high);
    }

    private RuleSpec rule(Map<String, Object> map, String at, Set<String> settings) {
        String id = text(map, "id", at, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(at + ".id: use lower-case letters, digits, dots, dashes or underscores");
        }
        InsightCategory category = null;
        String categoryText = text(map, "category", at, true);
        if (categoryText != null) {
            try {
                category = InsightCategory.valueOf(categoryText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(at + ".category: must be growth, risk, efficiency or other");
            }
        }
        List<Condition> when = conditions(map.get("when"), at + ".when", settings, true);
        String orderBy = null;
        boolean descending = true;
        if (map.get("orderBy") != null) {
            Map<String, Object> order = map(map.get("orderBy"), at + ".orderBy");
            orderBy = text(order, "metric", at + ".orderBy", true);
            String direction = orEmpty(text(order, "direction", at + ".orderBy", false));
            if (!direction.isEmpty() && !direction.equals("asc") && !direction.equals("desc")) {
                problems.add(at + ".orderBy.direction: must be asc or desc");
            }
            descending = !direction.equals("asc");
        }
        Double limit = number(map, "limit", at, false);
        Map<String, Object> confidence = map.get("confidence") == null ? Map.of() : map(map.get("confidence"), at + ".confidence");
        List<String> metrics = new ArrayList<>();
        for (Object metric : list(map.get("metrics"), at + ".metrics", false)) {
            metrics.add(String.valueOf(metric));
        }
        Template title = template(map, "title", at, settings, true);
        Template text = template(map, "description", at, settings, false);
        Template action = template(map, "action", at, settings, false);
        return new RuleSpec(id, category, orEmpty(text(map, "summary", at, false)), text(map, "table", at, true),
                text(map, "subject", at, true), when, orderBy, descending, limit == null ? DEFAULT_LIMIT : limit.intValue(), title, text, action,
                conditions(confidence.get("high"), at + ".confidence.high", settings, false),
                conditions(confidence.get("medium"), at + ".confidence.medium", settings, false), metrics);
    }

    private List<Condition> conditions(Object value, String at, Set<String> settings, boolean required) {
        List<Condition> conditions = new ArrayList<>();
        List<Object> items = list(value, at, required);
        for (int i = 0; i < items.size(); i++) {
            String where = at + "[" + i + "]";
            Map<String, Object> map = map(items.get(i), where);
            String op = text(map, "op", where, true);
            if (op != null && !OPERATORS.contains(op)) {
                problems.add(where + ".op: must be one of " + String.join(", ", OPERATORS));
            }
            String setting = text(map, "setting", where, false);
            Double constant = map.containsKey("value") ? number(map, "value", where, true) : null;
            if ((setting == null) == (constant == null)) {
                problems.add(where + ": give either value or setting");
            } else if (setting != null && !settings.contains(setting)) {
                problems.add(where + ".setting: '" + setting + "' is not declared under settings");
            }
            conditions.add(new Condition(text(map, "metric", where, true), op, constant, setting));
        }
        return conditions;
    }

    private Template template(Map<String, Object> map, String key, String at, Set<String> settings, boolean required) {
        String source = text(map, key, at, required);
        Template template = new Template(source == null ? "" : source);
        for (String[] placeholder : template.placeholders()) {
            if (placeholder[1] != null && !Template.FORMATS.contains(placeholder[1])) {
                problems.add(at + "." + key + ": unknown format '" + placeholder[1] + "' (use " + String.join(", ", Template.FORMATS) + ")");
            }
            if (placeholder[0].startsWith("setting.") && !settings.contains(placeholder[0].substring("setting.".length()))) {
                problems.add(at + "." + key + ": '" + placeholder[0] + "' is not declared under settings");
            }
        }
        return template;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String at) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problems.add(at + ": must be a mapping");
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String at, boolean required) {
        if (value instanceof List<?> list) {
            if (required && list.isEmpty()) {
                problems.add(at + ": must not be empty");
            }
            return (List<Object>) list;
        }
        if (value != null || required) {
            problems.add(at + ": must be a list");
        }
        return List.of();
    }

    private String text(Map<String, Object> map, String key, String at, boolean required) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.add(at + "." + key + ": is required");
            }
            return null;
        }
        return value.toString();
    }

    private Double number(Map<String, Object> map, String key, String at, boolean required) {
        Object value = map.get(key);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value != null || required) {
            problems.add(at + "." + key + ": must be a number");
        }
        return null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
