package io.lucent.platform.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number an insight states (in its title and description, leaving out its subject's name,
 * which may contain digits) is one of its supporting metrics, rounded as the text shows it.
 */
final class StatedNumbers {

    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?");

    private StatedNumbers() {
    }

    /** The stated numbers that no supporting metric backs. */
    static List<String> unbacked(Map<String, Object> insight) {
        String subject = (String) insight.get("subject");
        String text = insight.get("title") + " " + insight.get("description");
        if (subject != null && !subject.isBlank()) {
            text = text.replace(subject, " ");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) insight.get("supportingMetrics");
        List<String> unbacked = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            String number = matcher.group();
            boolean backed = metrics.stream().anyMatch(m -> matches(((Number) m.get("value")).doubleValue(), number));
            if (!backed) {
                unbacked.add(number);
            }
        }
        return unbacked;
    }

    private static boolean matches(double value, String number) {
        BigDecimal stated = new BigDecimal(number.replace(",", ""));
        BigDecimal rounded = BigDecimal.valueOf(Math.abs(value)).setScale(Math.max(0, stated.scale()), RoundingMode.HALF_UP);
        return rounded.compareTo(stated.abs()) == 0;
    }
}
