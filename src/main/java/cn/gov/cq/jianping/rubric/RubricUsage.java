package cn.gov.cq.jianping.rubric;

import java.util.Set;

/**
 * Which rubric versions a running evaluation round uses now, told by the module that runs
 * rounds, so the rubric page can say 使用中 truthfully without knowing about rounds.
 */
public interface RubricUsage {

	/** The versions in use, each as {@code CODE:version} (e.g. {@code LEVEL:1}). */
	Set<String> inUseByRunningRounds();

	static String key(RubricCode code, int version) {
		return code.name() + ":" + version;
	}

}
