package org.gongkai.shared.web;

import java.util.Comparator;
import java.util.List;
import org.gongkai.shared.NavigationLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page layout needs: the site's name and the modules' menu entries. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

  private final String siteName;
  private final List<NavigationLink> portalLinks;
  private final List<NavigationLink> adminLinks;

  SiteModel(@Value("${gongkai.site-name:重庆市政府信息公开平台}") String siteName, ObjectProvider<NavigationLink> provider) {
    this.siteName = siteName;
    List<NavigationLink> links = provider.orderedStream().toList();
    this.portalLinks = sorted(links, NavigationLink.Area.PORTAL);
    this.adminLinks = sorted(links, NavigationLink.Area.ADMIN);
  }

  @ModelAttribute("siteName")
  String siteName() {
    return siteName;
  }

  @ModelAttribute("portalLinks")
  List<NavigationLink> portalLinks() {
    return portalLinks;
  }

  @ModelAttribute("adminLinks")
  List<NavigationLink> adminLinks() {
    return adminLinks;
  }

  /** Adds the layout's attributes to a page built outside a controller method (error pages). */
  ModelAndView addTo(ModelAndView mav) {
    mav.addObject("siteName", siteName);
    mav.addObject("portalLinks", portalLinks);
    mav.addObject("adminLinks", adminLinks);
    return mav;
  }

  private static List<NavigationLink> sorted(List<NavigationLink> links, NavigationLink.Area area) {
    return links.stream().filter(l -> l.area() == area).sorted(Comparator.comparingInt(NavigationLink::order)).toList();
  }
}
