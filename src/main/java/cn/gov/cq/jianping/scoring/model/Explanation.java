package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the Chinese explanation lines of a {@link ScoreResult}.
 */
final class Explanation {

	private Explanation() {
	}

	static List<String> lines(BigDecimal total, Grade bandGrade, boolean complete, List<String> missing,
			Optional<VetoCap> cap, List<VetoFinding> vetoes) {
		List<String> lines = new ArrayList<>(4);
		if (complete) {
			lines.add("总分 " + Numbers.plain(total) + " 分，按第七条评定为“" + bandGrade.label() + "”。");
		}
		else {
			lines.add("已评分部分合计 " + Numbers.plain(total) + " 分，按第七条暂评为“" + bandGrade.label() + "”（评分尚未完成）。");
			lines.add("尚有 " + missing.size() + " 个项目未评分：" + String.join("、", missing) + "。");
		}
		if (cap.isPresent()) {
			lines.add(cap.get().reason(bandGrade));
			for (VetoFinding finding : vetoes) {
				if (finding.reason() != null && !finding.reason().isBlank()) {
					lines.add("否定评判项 " + finding.code() + " 认定理由：" + finding.reason());
				}
			}
		}
		return lines;
	}

}
