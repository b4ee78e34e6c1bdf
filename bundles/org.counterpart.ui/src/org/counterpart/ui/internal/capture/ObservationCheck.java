package org.counterpart.ui.internal.capture;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs the model's validator on an observation that is not filed yet, as it would stand in the Theater: it is put
 * for the moment into a stand-in Theater with the same name and marking, so that its marking is checked against the
 * workspace's as it will be once filed. The real Theater is not touched.
 */
final class ObservationCheck {

	private ObservationCheck() {
	}

	/** The errors the validator finds, as messages for the user; empty if the observation may be filed. */
	static List<String> errors(FieldObservation observation, Theater theater) {
		Theater standIn = CounterpartFactory.eINSTANCE.createTheater();
		standIn.setPartnerCountry(theater.getPartnerCountry());
		standIn.setOfficeName(theater.getOfficeName());
		if (theater.getMarking() != null) {
			standIn.setMarking(EcoreUtil.copy(theater.getMarking()));
		}
		standIn.getObservations().add(observation);
		try {
			List<String> messages = new ArrayList<>();
			for (Diagnostic problem : WorkspaceValidation.problems(WorkspaceValidation.validate(observation), Diagnostic.ERROR)) {
				messages.add(problem.getMessage());
			}
			return messages;
		} finally {
			standIn.getObservations().remove(observation);
		}
	}
}
