package uk.safeguard.access.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.platform.NoAccess;

/** Lets any controller method take {@link CurrentUser} as an argument. */
@Configuration(proxyBeanMethods = false)
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private static final String ATTRIBUTE = CurrentUser.class.getName();
    private final UserDirectory users;

    public CurrentUserArgumentResolver(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Object cached = request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
        if (cached != null) {
            return cached;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new NoAccess("Sign in first.");
        }
        CurrentUser user = users.findByUsername(auth.getName()).orElseThrow(() -> new NoAccess("Unknown user."));
        request.setAttribute(ATTRIBUTE, user, NativeWebRequest.SCOPE_REQUEST);
        return user;
    }
}
