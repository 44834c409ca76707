package org.mineraldiligence.cycle;

import java.security.Principal;
import java.util.List;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The commodity → templates mapping page: every commodity the suppliers carry, with the templates its
 * suppliers are asked for. Process owners only: the mapping decides what every later cycle asks.
 */
@Controller
@PreAuthorize("hasRole('process-owners')")
class CommodityTemplatePages {

    private final CommodityMapping mapping;

    CommodityTemplatePages(CommodityMapping mapping) {
        this.mapping = mapping;
    }

    @GetMapping("/commodity-templates")
    public String show(Model model) {
        model.addAttribute("rows", mapping.rows());
        model.addAttribute("minerals", ExtendedMineral.values());
        return "cycle/commodity-templates";
    }

    @PostMapping("/commodity-templates")
    public String set(@RequestParam(defaultValue = "") String commodity,
                      @RequestParam(name = "template", required = false) List<String> templates,
                      Principal user, Model model) {
        try {
            mapping.set(commodity, TemplateChoice.parse(templates), user.getName());
            return "redirect:/commodity-templates?saved";
        } catch (IllegalArgumentException refused) {
            return refused(refused, model);
        }
    }

    @PostMapping("/commodity-templates/remove")
    public String remove(@RequestParam(defaultValue = "") String commodity, Principal user, Model model) {
        try {
            mapping.remove(commodity, user.getName());
            return "redirect:/commodity-templates?removed";
        } catch (IllegalArgumentException refused) {
            return refused(refused, model);
        }
    }

    private String refused(IllegalArgumentException refused, Model model) {
        model.addAttribute("problem", refused.getMessage());
        return show(model);
    }
}
