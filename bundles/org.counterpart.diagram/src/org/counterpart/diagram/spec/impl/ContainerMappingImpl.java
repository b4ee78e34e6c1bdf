/**
 */
package org.counterpart.diagram.spec.impl;

import java.util.Collection;

import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ContainerLayout;
import org.counterpart.diagram.spec.ContainerMapping;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.ContainerMappingImpl#getChildrenPresentation <em>Children Presentation</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.ContainerMappingImpl#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMappingImpl extends AbstractNodeMappingImpl implements ContainerMapping {
	/**
	 * The default value of the '{@link #getChildrenPresentation() <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenPresentation()
	 * @generated
	 * @ordered
	 */
	protected static final ContainerLayout CHILDREN_PRESENTATION_EDEFAULT = ContainerLayout.FREE_FORM;

	/**
	 * The cached value of the '{@link #getChildrenPresentation() <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenPresentation()
	 * @generated
	 * @ordered
	 */
	protected ContainerLayout childrenPresentation = CHILDREN_PRESENTATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubNodeMappings() <em>Sub Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> subNodeMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.CONTAINER_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerLayout getChildrenPresentation() {
		return childrenPresentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildrenPresentation(ContainerLayout newChildrenPresentation) {
		ContainerLayout oldChildrenPresentation = childrenPresentation;
		childrenPresentation = newChildrenPresentation == null ? CHILDREN_PRESENTATION_EDEFAULT : newChildrenPresentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION, oldChildrenPresentation, childrenPresentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getSubNodeMappings() {
		if (subNodeMappings == null) {
			subNodeMappings = new EObjectContainmentEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, SpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		}
		return subNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return ((InternalEList<?>)getSubNodeMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				return getChildrenPresentation();
			case SpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return getSubNodeMappings();
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
			case SpecPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				setChildrenPresentation((ContainerLayout)newValue);
				return;
			case SpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				getSubNodeMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
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
			case SpecPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				setChildrenPresentation(CHILDREN_PRESENTATION_EDEFAULT);
				return;
			case SpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
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
			case SpecPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				return childrenPresentation != CHILDREN_PRESENTATION_EDEFAULT;
			case SpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return subNodeMappings != null && !subNodeMappings.isEmpty();
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
		result.append(" (childrenPresentation: "); //$NON-NLS-1$
		result.append(childrenPresentation);
		result.append(')');
		return result.toString();
	}

} //ContainerMappingImpl
