/**
 * 门户: the public pages — home, agency directory, and each agency's page with its 机构信息 and the
 * uniform 政府信息公开 column, whose sections other modules fill through {@link DisclosureColumnContent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.gongkai.portal;
