package org.counterpart.exercise.ui.internal;

import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.ScenarioException;

/** A column of the MSEL table: how it shows an inject's field as text and how it reads it back. */
enum MselColumn implements RowColumn<Inject> {
	NUMBER(60) {
		@Override
		public String text(Inject inject) {
			return Integer.toString(inject.number());
		}

		@Override
		public Inject with(Inject inject, String text) throws ScenarioException {
			try {
				int number = Integer.parseInt(text.strip());
				return new Inject(number, inject.time(), inject.delivery(), inject.title(), inject.content(),
						inject.attachments(), inject.newContacts(), inject.expectedAction(), inject.objectiveId());
			} catch (NumberFormatException e) {
				throw new ScenarioException(Messages.bind(Messages.Msel_badNumber, text));
			}
		}
	},
	TIME(90) {
		@Override
		public String text(Inject inject) {
			return inject.time().toString();
		}

		@Override
		public Inject with(Inject inject, String text) throws ScenarioException {
			ExerciseTime time = ExerciseTime.parse(text.strip());
			return new Inject(inject.number(), time, inject.delivery(), inject.title(), inject.content(),
					inject.attachments(), inject.newContacts(), inject.expectedAction(), inject.objectiveId());
		}
	},
	DELIVERY(110) {
		@Override
		public String text(Inject inject) {
			return inject.delivery().label();
		}

		@Override
		public Inject with(Inject inject, String text) throws ScenarioException {
			DeliveryKind delivery = DeliveryKind.fromLabel(text);
			if (delivery == null) {
				throw new ScenarioException(Messages.bind(Messages.Msel_badDelivery, text));
			}
			return new Inject(inject.number(), inject.time(), delivery, inject.title(), inject.content(),
					inject.attachments(), inject.newContacts(), inject.expectedAction(), inject.objectiveId());
		}
	},
	TITLE(220) {
		@Override
		public String text(Inject inject) {
			return inject.title();
		}

		@Override
		public Inject with(Inject inject, String text) {
			return new Inject(inject.number(), inject.time(), inject.delivery(), text, inject.content(),
					inject.attachments(), inject.newContacts(), inject.expectedAction(), inject.objectiveId());
		}
	},
	CONTENT(260) {
		@Override
		public String text(Inject inject) {
			return inject.content();
		}

		@Override
		public Inject with(Inject inject, String text) {
			return new Inject(inject.number(), inject.time(), inject.delivery(), inject.title(), text,
					inject.attachments(), inject.newContacts(), inject.expectedAction(), inject.objectiveId());
		}
	},
	ATTACHMENTS(160) {
		@Override
		public String text(Inject inject) {
			return String.join(LIST_SEPARATOR, inject.attachments());
		}

		@Override
		public Inject with(Inject inject, String text) {
			return new Inject(inject.number(), inject.time(), inject.delivery(), inject.title(), inject.content(),
					list(text), inject.newContacts(), inject.expectedAction(), inject.objectiveId());
		}
	},
	NEW_CONTACTS(170) {
		@Override
		public String text(Inject inject) {
			return String.join(LIST_SEPARATOR, inject.newContacts());
		}

		@Override
		public Inject with(Inject inject, String text) {
			return new Inject(inject.number(), inject.time(), inject.delivery(), inject.title(), inject.content(),
					inject.attachments(), list(text), inject.expectedAction(), inject.objectiveId());
		}
	},
	EXPECTED_ACTION(200) {
		@Override
		public String text(Inject inject) {
			return inject.expectedAction();
		}

		@Override
		public Inject with(Inject inject, String text) {
			return new Inject(inject.number(), inject.time(), inject.delivery(), inject.title(), inject.content(),
					inject.attachments(), inject.newContacts(), text, inject.objectiveId());
		}
	},
	OBJECTIVE(90) {
		@Override
		public String text(Inject inject) {
			return inject.objectiveId();
		}

		@Override
		public Inject with(Inject inject, String text) {
			return new Inject(inject.number(), inject.time(), inject.delivery(), inject.title(), inject.content(),
					inject.attachments(), inject.newContacts(), inject.expectedAction(), text.strip());
		}
	};

	/** Between the names of a list cell, as the MSEL's CSV separates them. */
	private static final String LIST_SEPARATOR = "; "; //$NON-NLS-1$

	private final int width;

	MselColumn(int width) {
		this.width = width;
	}

	@Override
	public int width() {
		return width;
	}

	private static java.util.List<String> list(String text) {
		return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(name -> !name.isEmpty()).toList(); //$NON-NLS-1$
	}

	@Override
	public String heading() {
		return switch (this) {
		case NUMBER -> Messages.Msel_number;
		case TIME -> Messages.Msel_time;
		case DELIVERY -> Messages.Msel_delivery;
		case TITLE -> Messages.Msel_title;
		case CONTENT -> Messages.Msel_content;
		case ATTACHMENTS -> Messages.Msel_attachments;
		case NEW_CONTACTS -> Messages.Msel_newContacts;
		case EXPECTED_ACTION -> Messages.Msel_expectedAction;
		case OBJECTIVE -> Messages.Msel_objective;
		};
	}
}
