package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.function.Supplier;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;
import cn.gov.cq.jianping.scoring.model.InputError;

import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The outcome of a step that a page shows beside its form when refused, instead of an
 * exception for the error advice: done (with a value), refused with a reason, or rejected
 * with an error per field. A refused or rejected step rolls its transaction back.
 */
public record Attempt<T>(T value, String refusal, List<InputError> errors) {

	public boolean done() {
		return this.refusal == null && this.errors.isEmpty();
	}

	static <T> Attempt<T> of(Supplier<T> step) {
		try {
			return new Attempt<>(step.get(), null, List.of());
		}
		catch (IllegalTransitionException | InputRefusedException ex) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Attempt<>(null, ex.getMessage(), List.of());
		}
		catch (SheetRejectedException ex) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Attempt<>(null, null, ex.errors());
		}
	}

	static Attempt<Void> of(Runnable step) {
		return of(() -> {
			step.run();
			return null;
		});
	}

}
