/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.Remove;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remove</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.RemoveImpl#getElementsExpression <em>Elements Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemoveImpl extends ModelOperationImpl implements Remove {
	/**
	 * The default value of the '{@link #getElementsExpression() <em>Elements Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementsExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENTS_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementsExpression() <em>Elements Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementsExpression()
	 * @generated
	 * @ordered
	 */
	protected String elementsExpression = ELEMENTS_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemoveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.REMOVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementsExpression() {
		return elementsExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementsExpression(String newElementsExpression) {
		String oldElementsExpression = elementsExpression;
		elementsExpression = newElementsExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.REMOVE__ELEMENTS_EXPRESSION, oldElementsExpression, elementsExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.REMOVE__ELEMENTS_EXPRESSION:
				return getElementsExpression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpecPackage.REMOVE__ELEMENTS_EXPRESSION:
				setElementsExpression((String)newValue);
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
			case SpecPackage.REMOVE__ELEMENTS_EXPRESSION:
				setElementsExpression(ELEMENTS_EXPRESSION_EDEFAULT);
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
			case SpecPackage.REMOVE__ELEMENTS_EXPRESSION:
				return ELEMENTS_EXPRESSION_EDEFAULT == null ? elementsExpression != null : !ELEMENTS_EXPRESSION_EDEFAULT.equals(elementsExpression);
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
		result.append(" (elementsExpression: "); //$NON-NLS-1$
		result.append(elementsExpression);
		result.append(')');
		return result.toString();
	}

} //RemoveImpl
