package uk.police.complaints.portal.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

@ControllerAdvice
class LayoutModelAdvice {

    private final LayoutAttributes layout;

    LayoutModelAdvice(LayoutAttributes layout) {
        this.layout = layout;
    }

    @ModelAttribute
    void addLayout(ServerWebExchange exchange, Model model) {
        model.addAllAttributes(layout.of(exchange));
    }
}
