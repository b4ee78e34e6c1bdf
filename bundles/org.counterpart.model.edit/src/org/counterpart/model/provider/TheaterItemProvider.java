/**
 */
package org.counterpart.model.provider;


import java.util.Collection;
import java.util.List;

import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.counterpart.model.Theater} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TheaterItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TheaterItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addPartnerCountryPropertyDescriptor(object);
			addPartnerCountryCodePropertyDescriptor(object);
			addOfficeNamePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Partner Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnerCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Theater_partnerCountry_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Theater_partnerCountry_feature", "_UI_Theater_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CounterpartPackage.Literals.THEATER__PARTNER_COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partner Country Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnerCountryCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Theater_partnerCountryCode_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Theater_partnerCountryCode_feature", "_UI_Theater_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CounterpartPackage.Literals.THEATER__PARTNER_COUNTRY_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Office Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOfficeNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Theater_officeName_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Theater_officeName_feature", "_UI_Theater_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CounterpartPackage.Literals.THEATER__OFFICE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CounterpartPackage.Literals.THEATER__INSTITUTIONS);
			childrenFeatures.add(CounterpartPackage.Literals.THEATER__CONTACTS);
			childrenFeatures.add(CounterpartPackage.Literals.THEATER__RELATIONSHIPS);
			childrenFeatures.add(CounterpartPackage.Literals.THEATER__ENGAGEMENTS);
			childrenFeatures.add(CounterpartPackage.Literals.THEATER__OBSERVATIONS);
			childrenFeatures.add(CounterpartPackage.Literals.THEATER__OBJECTIVES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Theater.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Theater")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The label a person reads, shared with validation messages (see {@link ObjectLabels}).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return ObjectLabels.labelOf(object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Theater.class)) {
			case CounterpartPackage.THEATER__PARTNER_COUNTRY:
			case CounterpartPackage.THEATER__PARTNER_COUNTRY_CODE:
			case CounterpartPackage.THEATER__OFFICE_NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CounterpartPackage.THEATER__INSTITUTIONS:
			case CounterpartPackage.THEATER__CONTACTS:
			case CounterpartPackage.THEATER__RELATIONSHIPS:
			case CounterpartPackage.THEATER__ENGAGEMENTS:
			case CounterpartPackage.THEATER__OBSERVATIONS:
			case CounterpartPackage.THEATER__OBJECTIVES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CounterpartPackage.Literals.THEATER__INSTITUTIONS,
				 CounterpartFactory.eINSTANCE.createPartnerInstitution()));

		newChildDescriptors.add
			(createChildParameter
				(CounterpartPackage.Literals.THEATER__CONTACTS,
				 CounterpartFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(CounterpartPackage.Literals.THEATER__RELATIONSHIPS,
				 CounterpartFactory.eINSTANCE.createRelationship()));

		newChildDescriptors.add
			(createChildParameter
				(CounterpartPackage.Literals.THEATER__ENGAGEMENTS,
				 CounterpartFactory.eINSTANCE.createEngagement()));

		newChildDescriptors.add
			(createChildParameter
				(CounterpartPackage.Literals.THEATER__OBSERVATIONS,
				 CounterpartFactory.eINSTANCE.createFieldObservation()));

		newChildDescriptors.add
			(createChildParameter
				(CounterpartPackage.Literals.THEATER__OBJECTIVES,
				 CounterpartFactory.eINSTANCE.createObjective()));
	}

}
