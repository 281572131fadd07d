package io.lucent.platform.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Guards the admin pages (operator tasks, metrics, health checks) with the same credentials as the API, for
 * local mode with a password: there the admin pages share the application's port, and without this anyone who
 * can reach it could change the limits or the log level while every API request needs the password. Refusals
 * are the standard JSON error with {@code WWW-Authenticate: Basic}, so a browser asks for the password.
 */
public final class AdminCredentialsFilter implements Filter {

    private final RequestAuthenticator authenticator;
    private final ObjectMapper json;

    public AdminCredentialsFilter(RequestAuthenticator authenticator, ObjectMapper json) {
        this.authenticator = authenticator;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Credentials credentials = new Credentials(http.getHeader("Authorization"), http.getHeader(Credentials.API_KEY_HEADER));
        String refusal;
        try {
            refusal = authenticator.authenticate(credentials).isPresent() ? null : "Sign in first: the admin pages need the local password";
        } catch (LucentException e) {
            refusal = e.getMessage();
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(ErrorCode.UNAUTHENTICATED.httpStatus());
        answer.setHeader("WWW-Authenticate", "Basic realm=\"Lucent\", charset=\"UTF-8\"");
        answer.setContentType("application/json");
        json.writeValue(answer.getOutputStream(), new ErrorBody(ErrorCode.UNAUTHENTICATED.wireName(), refusal, Map.of()));
    }
}
