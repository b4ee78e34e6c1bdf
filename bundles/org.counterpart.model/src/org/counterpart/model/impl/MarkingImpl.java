/**
 */
package org.counterpart.model.impl;

import java.util.Collection;

import org.counterpart.model.Classification;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Marking;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Marking</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.impl.MarkingImpl#getClassification <em>Classification</em>}</li>
 *   <li>{@link org.counterpart.model.impl.MarkingImpl#getDisseminationControls <em>Dissemination Controls</em>}</li>
 *   <li>{@link org.counterpart.model.impl.MarkingImpl#getRelTo <em>Rel To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MarkingImpl extends EObjectImpl implements Marking {
	/**
	 * The default value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected static final Classification CLASSIFICATION_EDEFAULT = Classification.UNCLASSIFIED;

	/**
	 * The cached value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected Classification classification = CLASSIFICATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisseminationControls() <em>Dissemination Controls</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisseminationControls()
	 * @generated
	 * @ordered
	 */
	protected EList<String> disseminationControls;

	/**
	 * The cached value of the '{@link #getRelTo() <em>Rel To</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelTo()
	 * @generated
	 * @ordered
	 */
	protected EList<String> relTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MarkingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CounterpartPackage.Literals.MARKING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Classification getClassification() {
		return classification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassification(Classification newClassification) {
		Classification oldClassification = classification;
		classification = newClassification == null ? CLASSIFICATION_EDEFAULT : newClassification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.MARKING__CLASSIFICATION, oldClassification, classification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDisseminationControls() {
		if (disseminationControls == null) {
			disseminationControls = new EDataTypeUniqueEList<String>(String.class, this, CounterpartPackage.MARKING__DISSEMINATION_CONTROLS);
		}
		return disseminationControls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRelTo() {
		if (relTo == null) {
			relTo = new EDataTypeUniqueEList<String>(String.class, this, CounterpartPackage.MARKING__REL_TO);
		}
		return relTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CounterpartPackage.MARKING__CLASSIFICATION:
				return getClassification();
			case CounterpartPackage.MARKING__DISSEMINATION_CONTROLS:
				return getDisseminationControls();
			case CounterpartPackage.MARKING__REL_TO:
				return getRelTo();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CounterpartPackage.MARKING__CLASSIFICATION:
				setClassification((Classification)newValue);
				return;
			case CounterpartPackage.MARKING__DISSEMINATION_CONTROLS:
				getDisseminationControls().clear();
				getDisseminationControls().addAll((Collection<? extends String>)newValue);
				return;
			case CounterpartPackage.MARKING__REL_TO:
				getRelTo().clear();
				getRelTo().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CounterpartPackage.MARKING__CLASSIFICATION:
				setClassification(CLASSIFICATION_EDEFAULT);
				return;
			case CounterpartPackage.MARKING__DISSEMINATION_CONTROLS:
				getDisseminationControls().clear();
				return;
			case CounterpartPackage.MARKING__REL_TO:
				getRelTo().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CounterpartPackage.MARKING__CLASSIFICATION:
				return classification != CLASSIFICATION_EDEFAULT;
			case CounterpartPackage.MARKING__DISSEMINATION_CONTROLS:
				return disseminationControls != null && !disseminationControls.isEmpty();
			case CounterpartPackage.MARKING__REL_TO:
				return relTo != null && !relTo.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (classification: "); //$NON-NLS-1$
		result.append(classification);
		result.append(", disseminationControls: "); //$NON-NLS-1$
		result.append(disseminationControls);
		result.append(", relTo: "); //$NON-NLS-1$
		result.append(relTo);
		result.append(')');
		return result.toString();
	}

} //MarkingImpl
