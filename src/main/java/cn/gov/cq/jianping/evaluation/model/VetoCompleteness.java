package cn.gov.cq.jianping.evaluation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.scoring.model.VetoFinding;

/**
 * 否定评判项 (veto items) the panel lead records: each needs its severity judged (基本合格 or 不合格)
 * and a reason written down before the initial grade goes to the bureau.
 */
public final class VetoCompleteness {

	private VetoCompleteness() {
	}

	/**
	 * The findings, or a refusal naming the first veto that lacks its severity or its
	 * reason.
	 */
	public static List<VetoFinding> findings(Map<String, SheetInput.VetoInput> vetoes) {
		List<VetoFinding> findings = new ArrayList<>();
		for (Map.Entry<String, SheetInput.VetoInput> veto : vetoes.entrySet()) {
			if (veto.getValue().severity() == null) {
				throw new InputRefusedException("否定评判项 " + veto.getKey() + " 须认定情节严重程度（基本合格或不合格）");
			}
			if (veto.getValue().reason() == null || veto.getValue().reason().isBlank()) {
				throw new InputRefusedException("否定评判项 " + veto.getKey() + " 须写明理由");
			}
			findings.add(new VetoFinding(veto.getKey(), veto.getValue().severity(), veto.getValue().reason().trim()));
		}
		return findings;
	}

}
