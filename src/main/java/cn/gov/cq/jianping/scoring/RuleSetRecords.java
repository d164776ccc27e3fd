package cn.gov.cq.jianping.scoring;

import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.rubric.RubricCode;

import org.springframework.data.repository.Repository;

interface RuleSetRecords extends Repository<RuleSetRecord, Long> {

	Optional<RuleSetRecord> findById(Long id);

	RuleSetRecord save(RuleSetRecord record);

	List<RuleSetRecord> findAllByOrderByRubricCodeAscIdAsc();

	Optional<RuleSetRecord> findFirstByRubricCodeAndDefaultSetTrueOrderByRubricVersionDesc(RubricCode code);

	boolean existsByRubricCodeAndRubricVersionAndDefaultSetTrue(RubricCode code, int version);

	boolean existsByName(String name);

}
