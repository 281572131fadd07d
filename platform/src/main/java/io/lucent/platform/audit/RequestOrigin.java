package io.lucent.platform.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from, for the audit log: the client's address as the server sees it (a proxy in front
 * of Lucent shows as itself; forwarded headers are not trusted) and its user agent, truncated.
 */
public record RequestOrigin(String ip, String userAgent) {

    /** No request (background work). */
    public static final RequestOrigin NONE = new RequestOrigin(null, null);

    public static RequestOrigin of(HttpServletRequest request) {
        if (request == null) {
            return NONE;
        }
        String agent = request.getHeader("User-Agent");
        return new RequestOrigin(request.getRemoteAddr(), agent == null ? null : agent.substring(0, Math.min(agent.length(), 512)));
    }
}
