package org.gongkai.identity.web;

import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in member of staff and what the back-office menu may show them, for every page. */
@ControllerAdvice(annotations = Controller.class)
class AdminModel {

  private final AccessPolicy access;
  private final Agencies agencies;

  AdminModel(AccessPolicy access, Agencies agencies) {
    this.access = access;
    this.agencies = agencies;
  }

  @ModelAttribute
  void addStaff(Model model) {
    StaffPrincipal me = access.current().orElse(null);
    model.addAttribute("me", me);
    if (me != null) {
      model.addAttribute("meAgency", agencies.find(me.agencyCode()).map(Agency::displayName).orElse(me.agencyCode()));
      model.addAttribute("isAdmin", access.isAdmin());
      model.addAttribute("canManageAccounts", access.canManageAccounts(me.agencyCode()));
    }
  }
}
