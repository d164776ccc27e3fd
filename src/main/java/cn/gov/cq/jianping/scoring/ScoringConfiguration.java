package cn.gov.cq.jianping.scoring;

import cn.gov.cq.jianping.scoring.model.PanelConsolidation;
import cn.gov.cq.jianping.scoring.model.ScoringEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java engine, which carries no Spring annotations of its own.
 */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

	@Bean
	ScoringEngine scoringEngine() {
		return new ScoringEngine();
	}

	@Bean
	PanelConsolidation panelConsolidation(ScoringEngine engine) {
		return new PanelConsolidation(engine);
	}

}
