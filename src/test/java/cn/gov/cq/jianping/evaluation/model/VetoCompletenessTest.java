package cn.gov.cq.jianping.evaluation.model;

import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.scoring.model.VetoFinding;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VetoCompletenessTest {

	@Test
	void aJudgedAndExplainedVetoBecomesAFindingWithItsReasonTrimmed() {
		assertThat(VetoCompleteness.findings(Map.of("V-1", new SheetInput.VetoInput(VetoSeverity.BASIC, " 证书未核验 "))))
			.isEqualTo(List.of(new VetoFinding("V-1", VetoSeverity.BASIC, "证书未核验")));
	}

	@Test
	void aVetoWithoutSeverityIsRefused() {
		assertThatThrownBy(() -> VetoCompleteness.findings(Map.of("V-1", new SheetInput.VetoInput(null, "理由"))))
			.isInstanceOf(InputRefusedException.class)
			.hasMessage("否定评判项 V-1 须认定情节严重程度（基本合格或不合格）");
	}

	@Test
	void aVetoWithoutReasonIsRefused() {
		assertThatThrownBy(() -> VetoCompleteness
			.findings(Map.of("V-1", new SheetInput.VetoInput(VetoSeverity.UNQUALIFIED, "  "))))
			.isInstanceOf(InputRefusedException.class)
			.hasMessage("否定评判项 V-1 须写明理由");
	}

}
