/**
 * Staff accounts, roles and sign-in, and the access rule every page and API call obeys: which
 * agencies a member of staff may see and change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.gongkai.identity;
