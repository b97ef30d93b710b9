package org.gongkai.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailedLogins failed attempts in a row before an account is locked
 * @param lockoutMinutes how long a locked account stays locked
 * @param initialAdminPassword password of the first administrator; empty means a random one,
 *     printed once to the console
 */
@ConfigurationProperties("gongkai.security")
public record SecurityProperties(
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15") int lockoutMinutes,
    String initialAdminPassword) {}
