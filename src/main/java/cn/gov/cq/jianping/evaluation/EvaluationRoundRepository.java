package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EvaluationRoundRepository extends Repository<EvaluationRound, Long> {

	Optional<EvaluationRound> findById(Long id);

	EvaluationRound save(EvaluationRound round);

	List<EvaluationRound> findAllByOrderByIdDesc();

	boolean existsByName(String name);

}
