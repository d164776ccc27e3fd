package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * 第十一条: a panel of at least three experts with one lead among them, none with a conflict
 * of interest with the institution, formed before any expert has started scoring. Either
 * the panel is {@link Formed} or it is {@link Refused} with the reason in Chinese.
 */
public final class PanelComposition {

	/** The fewest experts a panel may have. */
	public static final int MINIMUM = 3;

	private PanelComposition() {
	}

	/**
	 * An expert of the pool as the rule needs them; {@code conflict} is null when there
	 * is none.
	 */
	public record Candidate(long id, String name, String conflict) {
	}

	/** The outcome of composing a panel. */
	public sealed interface Outcome permits Formed, Refused {

	}

	/**
	 * The panel: its members in the order chosen, the lead, and the names for the
	 * timeline.
	 */
	public record Formed(List<Long> members, long leadId, List<String> names) implements Outcome {
	}

	/** Why the panel cannot be formed. */
	public record Refused(String reason) implements Outcome {
	}

	/**
	 * Composes a panel.
	 * @param expertIds the experts chosen (duplicates and nulls are ignored)
	 * @param pool looks an expert up; empty when no such expert exists
	 */
	public static Outcome compose(List<Long> expertIds, Long leadId, LocalDate visitDate, boolean scoringStarted,
			Function<Long, Optional<Candidate>> pool) {
		List<Long> distinct = expertIds == null ? List.of()
				: expertIds.stream().filter(Objects::nonNull).distinct().toList();
		if (distinct.size() < MINIMUM) {
			return new Refused("专家组至少需要 3 名专家");
		}
		if (leadId == null || !distinct.contains(leadId)) {
			return new Refused("请从专家组成员中指定 1 名组长");
		}
		if (visitDate == null) {
			return new Refused("请填写实地检查日期");
		}
		if (scoringStarted) {
			return new Refused("专家已开始评分，不能再调整专家组");
		}
		List<String> names = new ArrayList<>();
		for (Long expertId : distinct) {
			Optional<Candidate> found = pool.apply(expertId);
			if (found.isEmpty()) {
				return new Refused("专家不存在");
			}
			Candidate candidate = found.get();
			if (candidate.conflict() != null) {
				return new Refused("专家 " + candidate.name() + " 与该机构存在利益冲突（" + candidate.conflict() + "），不能分配");
			}
			names.add(candidate.name() + (expertId.equals(leadId) ? "（组长）" : ""));
		}
		return new Formed(distinct, leadId, names);
	}

}
