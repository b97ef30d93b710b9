/**
 * The small shared kernel: input errors with Chinese messages, not-found and conflict signals, and
 * the JSON error format of the API. Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Shared kernel",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.shared;
