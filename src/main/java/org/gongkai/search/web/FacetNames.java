package org.gongkai.search.web;

import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.search.FacetLabels;
import org.gongkai.search.SearchResults.FacetCount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The Chinese label of every facet value the index counts: agencies by name, years as 2020年,
 * validities as 有效/失效/废止/已修改, and the rest as the sources name them ({@link FacetLabels});
 * a value nobody knows is shown as it is.
 */
@Component
class FacetNames {

  private final Agencies agencies;
  private final List<FacetLabels> sources;

  FacetNames(Agencies agencies, ObjectProvider<FacetLabels> sources) {
    this.agencies = agencies;
    this.sources = sources.orderedStream().toList();
  }

  /** A facet value as the API shows it: the value and count as counted, and its label. */
  record Labelled(String value, long count, String label) {}

  String label(String facet, String value) {
    if (value == null) {
      return null;
    }
    switch (facet) {
      case "agency" -> {
        return agencies.find(value).map(Agency::name).orElse(value);
      }
      case "year" -> {
        return value + "年";
      }
      case "validity" -> {
        return SearchParameters.VALIDITY.getOrDefault(value, value);
      }
      default -> {
        for (FacetLabels source : sources) {
          String label = source.label(facet, value);
          if (label != null) {
            return label;
          }
        }
        return value;
      }
    }
  }

  List<Labelled> labelled(String facet, List<FacetCount> counts) {
    return counts.stream().map(c -> new Labelled(c.value(), c.count(), label(facet, c.value()))).toList();
  }
}
