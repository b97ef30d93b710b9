package org.gongkai.search;

/**
 * Names the values of a facet for people. The index counts keys (an Art. 20 category key such as
 * {@code REGULATIONS}); the source that put them there knows what they mean and implements this as a
 * bean. The search module itself names agencies, years and validities.
 */
public interface FacetLabels {

  /**
   * The label of one value of a facet ({@code category}, {@code subject}, {@code genre}), or null
   * when this source does not know the value.
   */
  String label(String facet, String value);
}
