package org.gongkai.portal;

import java.util.Map;
import org.gongkai.agency.Agency;

/**
 * Fills one section of the 政府信息公开 column; a module that publishes such content declares one
 * as a bean. Sections without a provider say plainly that nothing is published yet.
 */
public interface DisclosureColumnContent {

  DisclosureSection section();

  /**
   * The content for the agency.
   *
   * @param params the query parameters of the request (paging, filters)
   */
  SectionView render(Agency agency, Map<String, String> params);

  /**
   * A Thymeleaf fragment ({@code template :: fragment}) and the model it needs.
   *
   * @param empty whether there is nothing published in this section
   */
  record SectionView(String template, String fragment, Map<String, Object> model, boolean empty) {}
}
