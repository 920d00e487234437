package uk.safeguard.access.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users who sign in with a password (the UI everywhere; the API in demo mode). Hashes are BCrypt. */
@Service
public class SafeguardUserDetailsService implements UserDetailsService {
    private final UserRepository users;

    public SafeguardUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username()).password(hash)
                .authorities(new SimpleGrantedAuthority(user.role().authority())).build();
    }
}
