package org.gongkai.request.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.DisclosureRequests;
import org.gongkai.request.FeePolicy;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestFlags;
import org.gongkai.request.RequestLetters;
import org.gongkai.request.RequestReleases;
import org.gongkai.request.StatutoryClock;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The staff page of one request: its model, shared by the desk's controllers (also when a step failed). */
@Component
class RequestPage {

  private final DisclosureRequests requests;
  private final Agencies agencies;
  private final RequestLetters letters;
  private final RequestFlags flags;
  private final RequestReleases releases;

  RequestPage(DisclosureRequests requests, Agencies agencies, RequestLetters letters, RequestFlags flags,
      RequestReleases releases) {
    this.requests = requests;
    this.agencies = agencies;
    this.letters = letters;
    this.flags = flags;
    this.releases = releases;
  }

  String show(DisclosureRequest r, Map<String, String> errors, String formError, Model model) {
    boolean unmasked = requests.handles(r.agencyCode());
    model.addAttribute("nav", "requests");
    model.addAttribute("r", r);
    model.addAttribute("agency", agencies.require(r.agencyCode()));
    model.addAttribute("unmasked", unmasked);
    model.addAttribute("history", requests.history(r));
    model.addAttribute("deadline", requests.storedDeadline(r));
    model.addAttribute("attachments", requests.attachments(r));
    model.addAttribute("today", requests.today());
    model.addAttribute("outcomes", Arrays.stream(ReplyOutcome.values())
        .filter(o -> o != ReplyOutcome.OTHER_NO_CORRECTION && o != ReplyOutcome.OTHER_FEE_UNPAID).toList());
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("maxExtension", StatutoryClock.MAX_EXTENSION_DAYS);
    RequestFlags.Flags f = flags.of(r);
    model.addAttribute("flags", f);
    model.addAttribute("feeByCount", FeePolicy.byCount(f.monthlyOrdinal()));
    model.addAttribute("letters", letters.issued(r));
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> all = new HashMap<>();
    letters.templates().forEach(t -> all.put(t.code(), t.title()));
    letters.applicable(r).forEach(c -> titles.put(c, all.getOrDefault(c, c)));
    model.addAttribute("letterTemplates", titles);
    model.addAttribute("links", requests.links(r));
    model.addAttribute("releases", releases.list(r));
    model.addAttribute("releasesEditable", releases.canWork(r));
    model.addAttribute("releaseMaxMb", RequestReleases.MAX_BYTES / 1024 / 1024);
    return "request/admin-request";
  }
}
