/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.ChangeContext;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Change Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.ChangeContextImpl#getContextExpression <em>Context Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChangeContextImpl extends ModelOperationImpl implements ChangeContext {
	/**
	 * The default value of the '{@link #getContextExpression() <em>Context Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContextExpression() <em>Context Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextExpression()
	 * @generated
	 * @ordered
	 */
	protected String contextExpression = CONTEXT_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChangeContextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.CHANGE_CONTEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContextExpression() {
		return contextExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextExpression(String newContextExpression) {
		String oldContextExpression = contextExpression;
		contextExpression = newContextExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.CHANGE_CONTEXT__CONTEXT_EXPRESSION, oldContextExpression, contextExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.CHANGE_CONTEXT__CONTEXT_EXPRESSION:
				return getContextExpression();
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
			case SpecPackage.CHANGE_CONTEXT__CONTEXT_EXPRESSION:
				setContextExpression((String)newValue);
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
			case SpecPackage.CHANGE_CONTEXT__CONTEXT_EXPRESSION:
				setContextExpression(CONTEXT_EXPRESSION_EDEFAULT);
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
			case SpecPackage.CHANGE_CONTEXT__CONTEXT_EXPRESSION:
				return CONTEXT_EXPRESSION_EDEFAULT == null ? contextExpression != null : !CONTEXT_EXPRESSION_EDEFAULT.equals(contextExpression);
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
		result.append(" (contextExpression: "); //$NON-NLS-1$
		result.append(contextExpression);
		result.append(')');
		return result.toString();
	}

} //ChangeContextImpl
