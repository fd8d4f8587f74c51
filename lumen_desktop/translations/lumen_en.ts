<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_CA">
<context>
    <name>AccountRequestQueueModel</name>
    <message>
        <location filename="../models/account_request_queue_model.py" line="107" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="109" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="110" />
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="111" />
        <source>Sees prices</source>
        <translation>Sees prices</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="112" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="113" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="114" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="115" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="132" />
        <source>Past the 72-hour promise: process this request first.</source>
        <translation>Past the 72-hour promise: process this request first.</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="148" />
        <source>Order for approval</source>
        <translation>Order for approval</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="149" />
        <source>Place orders</source>
        <translation>Place orders</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="151" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="151" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="155" />
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../models/account_request_queue_model.py" line="159" />
        <source>%1 h of %2 h</source>
        <translation>%1 h of %2 h</translation>
    </message>
</context>
<context>
    <name>AccountRequestsView</name>
    <message>
        <location filename="../views/accounts/account_requests_view.py" line="85" />
        <source>Account requests</source>
        <translation>Account requests</translation>
    </message>
    <message>
        <location filename="../views/accounts/account_requests_view.py" line="86" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../views/accounts/account_requests_view.py" line="88" />
        <source>Creates the account; the username and a one-time password are e-mailed to the person</source>
        <translation>Creates the account; the username and a one-time password are e-mailed to the person</translation>
    </message>
    <message>
        <location filename="../views/accounts/account_requests_view.py" line="90" />
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../views/accounts/account_requests_view.py" line="126" />
        <source>Account created for %1: username %2. The password was e-mailed to %3.</source>
        <translation>Account created for %1: username %2. The password was e-mailed to %3.</translation>
    </message>
    <message>
        <location filename="../views/accounts/account_requests_view.py" line="147" />
        <source>The request of %1 was rejected; they were told why by e-mail.</source>
        <translation>The request of %1 was rejected; they were told why by e-mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/accounts/account_requests_view.py" line="179" />
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n request waiting.</numerusform>
            <numerusform>%n requests waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/accounts/account_requests_view.py" line="181" />
        <source>%n past the 72-hour promise.</source>
        <translation>
            <numerusform>%n past the 72-hour promise.</numerusform>
            <numerusform>%n past the 72-hour promise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalChangesModel</name>
    <message>
        <location filename="../models/approval_changes.py" line="107" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="108" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="109" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="110" />
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="110" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="111" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="112" />
        <source>Approver's change</source>
        <translation>Approver's change</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="146" />
        <source>Quantity changed</source>
        <translation>Quantity changed</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="147" />
        <source>Added by the approver</source>
        <translation>Added by the approver</translation>
    </message>
    <message>
        <location filename="../models/approval_changes.py" line="148" />
        <source>Removed by the approver</source>
        <translation>Removed by the approver</translation>
    </message>
</context>
<context>
    <name>ApprovalHistoryModel</name>
    <message numerus="yes">
        <location filename="../models/approval_history.py" line="47" />
        <source>Sent for approval (%n line(s))</source>
        <translation><numerusform>Sent for approval (%n line)</numerusform><numerusform>Sent for approval (%n lines)</numerusform></translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="48" />
        <source>Sent for approval</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="50" />
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="52" />
        <source>Approved: order %1</source>
        <translation>Approved: order %1</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="55" />
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="57" />
        <source>Cancelled by the requester</source>
        <translation>Cancelled by the requester</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="63" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="65" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="71" />
        <source>%1 added (%2)</source>
        <translation>%1 added (%2)</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="73" />
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="75" />
        <location filename="../models/approval_history.py" line="81" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="96" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="96" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../models/approval_history.py" line="96" />
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ApprovalInboxView</name>
    <message>
        <location filename="../views/approvals/inbox.py" line="84" />
        <source>Requests addressed to you</source>
        <translation>Requests addressed to you</translation>
    </message>
    <message>
        <location filename="../views/approvals/inbox.py" line="85" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../views/approvals/inbox.py" line="86" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../views/approvals/inbox.py" line="87" />
        <source>No request to show.</source>
        <translation>No request to show.</translation>
    </message>
</context>
<context>
    <name>ApprovalLinesModel</name>
    <message>
        <location filename="../models/approval_lines.py" line="95" />
        <source>Enter a quantity in multiples of %1.</source>
        <translation>Enter a quantity in multiples of %1.</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="139" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="140" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="141" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="142" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="143" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="144" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="145" />
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="173" />
        <source>Sold in multiples of %1</source>
        <translation>Sold in multiples of %1</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="227" />
        <source>Changed (was %1)</source>
        <translation>Changed (was %1)</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="229" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../models/approval_lines.py" line="231" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>ApprovalListModel</name>
    <message>
        <location filename="../models/approval_list.py" line="135" />
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="136" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="137" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="138" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="139" />
        <source>PO / job</source>
        <translation>PO / job</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="140" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="141" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="142" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="143" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../models/approval_list.py" line="41" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="42" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="43" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../models/approval_list.py" line="44" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="99" />
        <source>Approve and place order</source>
        <translation>Approve and place order</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="100" />
        <source>The order is placed in the requester's name and they are notified by e-mail.</source>
        <translation>The order is placed in the requester's name and they are notified by e-mail.</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="101" />
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="102" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="103" />
        <source>Pickup at a branch</source>
        <translation>Pickup at a branch</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="104" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="105" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="106" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="107" />
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="108" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="123" />
        <source>Choose the branch where the order will be picked up.</source>
        <translation>Choose the branch where the order will be picked up.</translation>
    </message>
    <message>
        <location filename="../views/approvals/approve_dialog.py" line="137" />
        <source>The Lumen service can't be reached. Nothing was lost: try again in a moment — the order will not be placed twice.</source>
        <translation>The Lumen service can't be reached. Nothing was lost: try again in a moment — the order will not be placed twice.</translation>
    </message>
</context>
<context>
    <name>CartAdder</name>
    <message>
        <location filename="../views/catalog/cart_adder.py" line="43" />
        <source>Your session has ended: sign in again, then add the product again.</source>
        <translation>Your session has ended: sign in again, then add the product again.</translation>
    </message>
    <message>
        <location filename="../views/catalog/cart_adder.py" line="47" />
        <source>The Lumen service can't be reached: nothing was added. Try again when it is back.</source>
        <translation>The Lumen service can't be reached: nothing was added. Try again when it is back.</translation>
    </message>
    <message>
        <location filename="../views/catalog/cart_adder.py" line="50" />
        <source>The product could not be added to the cart.</source>
        <translation>The product could not be added to the cart.</translation>
    </message>
</context>
<context>
    <name>CartDetailsForm</name>
    <message>
        <location filename="../views/cart/details_form.py" line="87" />
        <source>&amp;PO number:</source>
        <translation>&amp;PO number:</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="88" />
        <source>&amp;Job name:</source>
        <translation>&amp;Job name:</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="89" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="90" />
        <source>Your purchase order number</source>
        <translation>Your purchase order number</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="91" />
        <source>The job site or project</source>
        <translation>The job site or project</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="92" />
        <source>Instructions for this order (optional)</source>
        <translation>Instructions for this order (optional)</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="94" />
        <source>Will be sent when the service is back</source>
        <translation>Will be sent when the service is back</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="133" />
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../views/cart/details_form.py" line="142" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CartLinesModel</name>
    <message>
        <location filename="../models/cart_lines.py" line="109" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="110" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="111" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="112" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="113" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="114" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="115" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="181" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="190" />
        <source>The amount is recalculated by the service once the change is sent.</source>
        <translation>The amount is recalculated by the service once the change is sent.</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="191" />
        <source>This change will be sent when the service is back.</source>
        <translation>This change will be sent when the service is back.</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="193" />
        <source>Sold in multiples of %1</source>
        <translation>Sold in multiples of %1</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="219" />
        <source>Enter a quantity above zero, or remove the line.</source>
        <translation>Enter a quantity above zero, or remove the line.</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="221" />
        <source>At most %1 per line.</source>
        <translation>At most %1 per line.</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="226" />
        <source>Sold in multiples of %1: enter %1 or more.</source>
        <translation>Sold in multiples of %1: enter %1 or more.</translation>
    </message>
    <message>
        <location filename="../models/cart_lines.py" line="228" />
        <source>Sold in multiples of %1: enter %2 or %3.</source>
        <translation>Sold in multiples of %1: enter %2 or %3.</translation>
    </message>
</context>
<context>
    <name>CartPrint</name>
    <message>
        <location filename="../views/cart/cart_print.py" line="21" />
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="23" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="24" />
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="26" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="28" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="30" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="31" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="32" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="33" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="37" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="37" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="49" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="52" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="55" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="57" />
        <source>Some changes were not yet accepted by the Lumen service.</source>
        <translation>Some changes were not yet accepted by the Lumen service.</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="59" />
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_print.py" line="66" />
        <source>Lumen.ca — not an order until it is placed.</source>
        <translation>Lumen.ca — not an order until it is placed.</translation>
    </message>
</context>
<context>
    <name>CartStatusPanel</name>
    <message numerus="yes">
        <location filename="../views/cart/status_panel.py" line="77" />
        <source>%n change(s) not sent yet. Will be sent when the service is back — nothing is lost.</source>
        <translation>
            <numerusform>%n change not sent yet. Will be sent when the service is back — nothing is lost.</numerusform>
            <numerusform>%n changes not sent yet. Will be sent when the service is back — nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/cart/status_panel.py" line="83" />
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/cart/status_panel.py" line="86" />
        <source>Not changed — %1: %2</source>
        <translation>Not changed — %1: %2</translation>
    </message>
    <message>
        <location filename="../views/cart/status_panel.py" line="91" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../views/cart/status_panel.py" line="94" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../views/cart/status_panel.py" line="94" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../views/cart/status_panel.py" line="94" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../views/cart/status_panel.py" line="96" />
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
</context>
<context>
    <name>CartTotals</name>
    <message>
        <location filename="../views/cart/totals.py" line="54" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../views/cart/totals.py" line="56" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/cart/totals.py" line="58" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../views/cart/totals.py" line="71" />
        <source>Amounts before your pending changes; the service updates them.</source>
        <translation>Amounts before your pending changes; the service updates them.</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <location filename="../views/cart/cart_view.py" line="185" />
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="186" />
        <source>&amp;Import material list…</source>
        <translation>&amp;Import material list…</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="187" />
        <source>Save as &amp;template…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="188" />
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="189" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="190" />
        <source>&amp;Empty cart…</source>
        <translation>&amp;Empty cart…</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="192" />
        <source>Your cart is empty. Add products from the Catalog, a template, or a material list.</source>
        <translation>Your cart is empty. Add products from the Catalog, a template, or a material list.</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="197" />
        <source>Send for approval to %1…</source>
        <translation>Send for approval to %1…</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="199" />
        <source>Place order…</source>
        <translation>Place order…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/cart/cart_view.py" line="245" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="262" />
        <source>Empty cart</source>
        <translation>Empty cart</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="262" />
        <source>Remove every line from your cart?</source>
        <translation>Remove every line from your cart?</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="264" />
        <source>&amp;Empty cart</source>
        <translation>&amp;Empty cart</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="287" />
        <source>Sent to %1 for approval — see My requests</source>
        <translation>Sent to %1 for approval — see My requests</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="302" />
        <source>Order %1 placed</source>
        <translation>Order %1 placed</translation>
    </message>
    <message>
        <location filename="../views/cart/cart_view.py" line="325" />
        <source>Template “%1” saved — see Order templates</source>
        <translation>Template “%1” saved — see Order templates</translation>
    </message>
</context>
<context>
    <name>CatalogResultsModel</name>
    <message>
        <location filename="../models/catalog_results.py" line="194" />
        <source>The Lumen service can't be reached, and this computer has no copy of the catalog yet.</source>
        <translation>The Lumen service can't be reached, and this computer has no copy of the catalog yet.</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="196" />
        <source>The search failed. Please try again.</source>
        <translation>The search failed. Please try again.</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="227" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="228" />
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="229" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="230" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="231" />
        <source>Stock (my branch)</source>
        <translation>Stock (my branch)</translation>
    </message>
    <message>
        <location filename="../models/catalog_results.py" line="232" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>CatalogUnits</name>
    <message>
        <location filename="../models/catalog_units.py" line="21" />
        <source>ft</source>
        <translation>ft</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="22" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="23" />
        <source>ea</source>
        <translation>ea</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="24" />
        <source>box</source>
        <translation>box</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="25" />
        <source>roll</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="26" />
        <source>pack</source>
        <translation>pack</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="33" />
        <source>Sold per foot</source>
        <translation>Sold per foot</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="34" />
        <source>Sold per metre</source>
        <translation>Sold per metre</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="35" />
        <source>Sold individually</source>
        <translation>Sold individually</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="36" />
        <source>Sold by the box</source>
        <translation>Sold by the box</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="37" />
        <source>Sold by the roll</source>
        <translation>Sold by the roll</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="38" />
        <source>Sold by the pack</source>
        <translation>Sold by the pack</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="40" />
        <source>Sold per %1</source>
        <translation>Sold per %1</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="45" />
        <source>priced per foot</source>
        <translation>priced per foot</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="46" />
        <source>priced per metre</source>
        <translation>priced per metre</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="47" />
        <source>priced each</source>
        <translation>priced each</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="48" />
        <source>priced per box</source>
        <translation>priced per box</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="49" />
        <source>priced per roll</source>
        <translation>priced per roll</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="50" />
        <source>priced per pack</source>
        <translation>priced per pack</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="52" />
        <source>priced per %1</source>
        <translation>priced per %1</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="58" />
        <source>priced per M (%1 %2)</source>
        <translation>priced per M (%1 %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="60" />
        <source>priced per C (%1 %2)</source>
        <translation>priced per C (%1 %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="62" />
        <source>priced per %1 %2</source>
        <translation>priced per %1 %2</translation>
    </message>
    <message>
        <location filename="../models/catalog_units.py" line="65" />
        <location filename="../models/catalog_units.py" line="70" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../views/catalog/view.py" line="173" />
        <source>Adding %1 × %2…</source>
        <translation>Adding %1 × %2…</translation>
    </message>
    <message>
        <location filename="../views/catalog/view.py" line="194" />
        <source>Added %1 × %2 to the cart</source>
        <translation>Added %1 × %2 to the cart</translation>
    </message>
    <message>
        <location filename="../views/catalog/view.py" line="201" />
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
    <message>
        <location filename="../views/catalog/view.py" line="210" />
        <source>Offline — results from this computer's copy of the catalog</source>
        <translation>Offline — results from this computer's copy of the catalog</translation>
    </message>
    <message>
        <location filename="../views/catalog/view.py" line="211" />
        <source>Search the catalog</source>
        <translation>Search the catalog</translation>
    </message>
    <message>
        <location filename="../views/catalog/view.py" line="212" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../views/catalog/view.py" line="213" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../models/catalog_categories.py" line="48" />
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../models/catalog_categories.py" line="75" />
        <source>The categories could not be loaded.</source>
        <translation>The categories could not be loaded.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../views/change_password.py" line="63" />
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="64" />
        <source>This is your first sign-in: choose your own password before going on. It needs at least %1 characters.</source>
        <translation>This is your first sign-in: choose your own password before going on. It needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="66" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="67" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="68" />
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="69" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="70" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="77" />
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="80" />
        <source>The new password needs at least %1 characters.</source>
        <translation>The new password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="82" />
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="84" />
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../views/change_password.py" line="104" />
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>The Lumen service can't be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="66" />
        <source>The request changed meanwhile</source>
        <translation>The request changed meanwhile</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="67" />
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="70" />
        <source>%1 changed this request while you were editing it, so it was reloaded. Your own changes are kept and marked in the table: review them, then save again.</source>
        <translation>%1 changed this request while you were editing it, so it was reloaded. Your own changes are kept and marked in the table: review them, then save again.</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="76" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="77" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="78" />
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="79" />
        <source>Now (their change)</source>
        <translation>Now (their change)</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="80" />
        <source>Yours (kept)</source>
        <translation>Yours (kept)</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="89" />
        <source>Keep my changes</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="90" />
        <source>Discard my changes</source>
        <translation>Discard my changes</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="93" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="97" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="105" />
        <source>PO number is now “%1”.</source>
        <translation>PO number is now “%1”.</translation>
    </message>
    <message>
        <location filename="../views/approvals/conflict_dialog.py" line="107" />
        <source>Job name is now “%1”.</source>
        <translation>Job name is now “%1”.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <location filename="../widgets/connection_banner.py" line="45" />
        <source>The Lumen service can't be reached. Retrying in %n s…</source>
        <translation>
            <numerusform>The Lumen service can't be reached. Retrying in %n s…</numerusform>
            <numerusform>The Lumen service can't be reached. Retrying in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/connection_banner.py" line="47" />
        <source>The Lumen service can't be reached. Retrying now…</source>
        <translation>The Lumen service can't be reached. Retrying now…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_banner.py" line="49" />
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
</context>
<context>
    <name>DemoUsersTable</name>
    <message>
        <location filename="../widgets/demo_users_table.py" line="33" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="33" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="33" />
        <source>Sees prices</source>
        <translation>Sees prices</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="35" />
        <source>Places orders</source>
        <translation>Places orders</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="36" />
        <source>Places orders, approver</source>
        <translation>Places orders, approver</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="37" />
        <source>Orders for approval</source>
        <translation>Orders for approval</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="38" />
        <source>Lumen staff</source>
        <translation>Lumen staff</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="41" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../widgets/demo_users_table.py" line="41" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../views/orders/documents.py" line="31" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="32" />
        <location filename="../views/orders/documents.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="33" />
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="37" />
        <location filename="../views/orders/documents.py" line="58" />
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="39" />
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="42" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="57" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="61" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="63" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="68" />
        <source>Note from %1:</source>
        <translation>Note from %1:</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="71" />
        <source>Reason for rejection:</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="74" />
        <source>Approval request from %1</source>
        <translation>Approval request from %1</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="76" />
        <source>Approval request</source>
        <translation>Approval request</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="89" />
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="90" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="91" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="92" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="103" />
        <source>Pickup — %1</source>
        <translation>Pickup — %1</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="105" />
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="107" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="117" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="119" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="127" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="128" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="129" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="130" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="133" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="133" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="153" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="157" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../views/orders/documents.py" line="162" />
        <source>Printed on %1 — Lumen.ca</source>
        <translation>Printed on %1 — Lumen.ca</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="118" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="119" />
        <source>Add a line from the catalog</source>
        <translation>Add a line from the catalog</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="120" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="121" />
        <source>&amp;PO number</source>
        <translation>&amp;PO number</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="122" />
        <source>&amp;Job name</source>
        <translation>&amp;Job name</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="123" />
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="124" />
        <source>&amp;Approve and place order…</source>
        <translation>&amp;Approve and place order…</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="125" />
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="126" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="159" />
        <source>Subtotal with your changes: %1 (taxes and total when saved)</source>
        <translation>Subtotal with your changes: %1 (taxes and total when saved)</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="166" />
        <source>Subtotal %1 · Taxes %2 · Total %3</source>
        <translation>Subtotal %1 · Taxes %2 · Total %3</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="175" />
        <source>&amp;Keep this line</source>
        <translation>&amp;Keep this line</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor_panel.py" line="175" />
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../failures.py" line="32" />
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <location filename="../failures.py" line="34" />
        <source>The Lumen service refused the request (error %1).</source>
        <translation>The Lumen service refused the request (error %1).</translation>
    </message>
    <message>
        <location filename="../failures.py" line="40" />
        <source>Something unexpected went wrong. Your work on the service is safe; please try again.</source>
        <translation>Something unexpected went wrong. Your work on the service is safe; please try again.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <location filename="../formatting.py" line="58" />
        <source>per C (100)</source>
        <translation>per C (100)</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="60" />
        <source>per M (1000)</source>
        <translation>per M (1000)</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="63" />
        <source>per %1</source>
        <translation>per %1</translation>
    </message>
</context>
<context>
    <name>ImportMaterialListDialog</name>
    <message>
        <location filename="../views/cart/import_list.py" line="90" />
        <location filename="../views/cart/import_list.py" line="108" />
        <source>Import material list</source>
        <translation>Import material list</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="91" />
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="94" />
        <source>A CSV or Excel file with a code column (Lumen SKU, UPC or manufacturer part number) and a quantity column. Nothing is added before you confirm.</source>
        <translation>A CSV or Excel file with a code column (Lumen SKU, UPC or manufacturer part number) and a quantity column. Nothing is added before you confirm.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="98" />
        <source>&amp;Round up to the sale multiples</source>
        <translation>&amp;Round up to the sale multiples</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="108" />
        <source>Material lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Material lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="136" />
        <source>This file has no line with a code.</source>
        <translation>This file has no line with a code.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="137" />
        <source>No code column found: name one “SKU”, “UPC”, “MPN” or “Code”.</source>
        <translation>No code column found: name one “SKU”, “UPC”, “MPN” or “Code”.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="138" />
        <source>No quantity column found: name it “Quantity” or “Qty” (“Quantité”).</source>
        <translation>No quantity column found: name it “Quantity” or “Qty” (“Quantité”).</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="139" />
        <source>At most 1,000 lines at a time: split the list.</source>
        <translation>At most 1,000 lines at a time: split the list.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="141" />
        <source>This file can't be read as a CSV or Excel file.</source>
        <translation>This file can't be read as a CSV or Excel file.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="148" />
        <source>&amp;Add lines</source>
        <translation>&amp;Add lines</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="152" />
        <source>Checking the codes…</source>
        <translation>Checking the codes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/cart/import_list.py" line="155" />
        <location filename="../views/cart/import_list.py" line="157" />
        <source>%n line(s) ready</source>
        <translation>
            <numerusform>%n line ready</numerusform>
            <numerusform>%n lines ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/cart/import_list.py" line="155" />
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/cart/import_list.py" line="160" />
        <source>&amp;Add %n line(s)</source>
        <translation>
            <numerusform>&amp;Add %n line</numerusform>
            <numerusform>&amp;Add %n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="188" />
        <source>The service refused the lines marked in red; nothing was added.</source>
        <translation>The service refused the lines marked in red; nothing was added.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="190" />
        <source>The Lumen service can't be reached. Nothing was added; try again.</source>
        <translation>The Lumen service can't be reached. Nothing was added; try again.</translation>
    </message>
    <message>
        <location filename="../views/cart/import_list.py" line="192" />
        <source>Your session expired. Sign in again, then add the lines.</source>
        <translation>Your session expired. Sign in again, then add the lines.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../__main__.py" line="38" />
        <source>Starting the Lumen demo service…</source>
        <translation>Starting the Lumen demo service…</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="39" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="40" />
        <location filename="../__main__.py" line="52" />
        <source>Lumen demo</source>
        <translation>Lumen demo</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="53" />
        <source>The demo service could not start: %1</source>
        <translation>The demo service could not start: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/main_window.py" line="242" />
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="243" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="244" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="245" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="246" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="247" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="248" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="249" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="250" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="262" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="270" />
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="273" />
        <source>Customer %1 — %2</source>
        <translation>Customer %1 — %2</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="274" />
        <source>Lumen staff</source>
        <translation>Lumen staff</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="276" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="278" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>MaterialListModel</name>
    <message>
        <location filename="../models/cart_import.py" line="95" />
        <source>The Lumen service can't be reached.</source>
        <translation>The Lumen service can't be reached.</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="160" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="161" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="162" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="163" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="164" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="165" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="200" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="202" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="204" />
        <source>Unknown code: no product has this SKU, UPC or part number</source>
        <translation>Unknown code: no product has this SKU, UPC or part number</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="206" />
        <source>Several products have this code: use the Lumen SKU</source>
        <translation>Several products have this code: use the Lumen SKU</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="208" />
        <source>The quantity must be a whole number above zero</source>
        <translation>The quantity must be a whole number above zero</translation>
    </message>
    <message>
        <location filename="../models/cart_import.py" line="210" />
        <source>Sold in multiples of %1</source>
        <translation>Sold in multiples of %1</translation>
    </message>
</context>
<context>
    <name>MyRequestsView</name>
    <message>
        <location filename="../views/approvals/my_requests.py" line="96" />
        <source>Requests you sent for approval</source>
        <translation>Requests you sent for approval</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="97" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="98" />
        <source>&amp;Cancel request…</source>
        <translation>&amp;Cancel request…</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="99" />
        <source>You have not sent any request with this status.</source>
        <translation>You have not sent any request with this status.</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="147" />
        <location filename="../views/approvals/my_requests.py" line="152" />
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="148" />
        <source>Cancel this request? Your approver will no longer be able to approve it.</source>
        <translation>Cancel this request? Your approver will no longer be able to approve it.</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="153" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../views/approvals/my_requests.py" line="176" />
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>The Lumen service can't be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="53" />
        <source>New template from cart</source>
        <translation>New template from cart</translation>
    </message>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="54" />
        <source>Save the lines of your cart as an order template you can add again later.</source>
        <translation>Save the lines of your cart as an order template you can add again later.</translation>
    </message>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="55" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="56" />
        <source>Create template</source>
        <translation>Create template</translation>
    </message>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="57" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="63" />
        <source>Enter a name for the template.</source>
        <translation>Enter a name for the template.</translation>
    </message>
    <message>
        <location filename="../views/templates/new_template_dialog.py" line="79" />
        <source>The Lumen service can't be reached. Try again when it is back.</source>
        <translation>The Lumen service can't be reached. Try again when it is back.</translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <location filename="../notifications.py" line="104" />
        <source>New request for approval</source>
        <translation>New request for approval</translation>
    </message>
    <message numerus="yes">
        <location filename="../notifications.py" line="105" />
        <source>%n new request(s) await your approval.</source>
        <translation><numerusform>%n new request awaits your approval.</numerusform><numerusform>%n new requests await your approval.</numerusform></translation>
    </message>
    <message>
        <location filename="../notifications.py" line="114" />
        <source>Your requests</source>
        <translation>Your requests</translation>
    </message>
    <message numerus="yes">
        <location filename="../notifications.py" line="115" />
        <source>%n of your requests were approved or rejected.</source>
        <translation><numerusform>%n of your requests was approved or rejected.</numerusform><numerusform>%n of your requests were approved or rejected.</numerusform></translation>
    </message>
    <message>
        <location filename="../notifications.py" line="127" />
        <source>Your request was approved: order %1.</source>
        <translation>Your request was approved: order %1.</translation>
    </message>
    <message>
        <location filename="../notifications.py" line="128" />
        <source>Request approved</source>
        <translation>Request approved</translation>
    </message>
    <message>
        <location filename="../notifications.py" line="130" />
        <source>Your request was rejected: %1</source>
        <translation>Your request was rejected: %1</translation>
    </message>
    <message>
        <location filename="../notifications.py" line="131" />
        <source>Request rejected</source>
        <translation>Request rejected</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../views/orders/order_details.py" line="96" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="98" />
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="99" />
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="100" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="101" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="102" />
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="106" />
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="107" />
        <source>Puts this order's lines into your cart</source>
        <translation>Puts this order's lines into your cart</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="111" />
        <source>Select an order to see its details.</source>
        <translation>Select an order to see its details.</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="136" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="163" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="165" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/orders/order_details.py" line="190" />
        <source>%n line(s) added to the cart.</source>
        <translation>
            <numerusform>%n line added to the cart.</numerusform>
            <numerusform>%n lines added to the cart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/orders/order_details.py" line="192" />
        <source>Not added, no longer sold: %1.</source>
        <translation>Not added, no longer sold: %1.</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <location filename="../models/order_history_model.py" line="137" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="138" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="139" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="140" />
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="141" />
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="142" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="143" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="144" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../models/order_history_model.py" line="35" />
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="36" />
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="37" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="38" />
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="39" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="40" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../models/order_history_model.py" line="41" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../views/orders/orders_view.py" line="65" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../views/orders/orders_view.py" line="67" />
        <source>No orders yet. Orders you place, or that are placed from your requests, appear here.</source>
        <translation>No orders yet. Orders you place, or that are placed from your requests, appear here.</translation>
    </message>
</context>
<context>
    <name>PlaceOrderDialog</name>
    <message>
        <location filename="../views/cart/place_order.py" line="143" />
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="144" />
        <source>&amp;PO number:</source>
        <translation>&amp;PO number:</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="145" />
        <source>&amp;Job name:</source>
        <translation>&amp;Job name:</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="146" />
        <source>Shipping:</source>
        <translation>Shipping:</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="147" />
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="148" />
        <source>&amp;Delivery</source>
        <translation>&amp;Delivery</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="149" />
        <source>Pick&amp;up at a branch</source>
        <translation>Pick&amp;up at a branch</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="151" />
        <source>Order %1 placed</source>
        <translation>Order %1 placed</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="152" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="154" />
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="154" />
        <source>&amp;Place order</source>
        <translation>&amp;Place order</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="184" />
        <source>Choose the branch where you will pick up the order.</source>
        <translation>Choose the branch where you will pick up the order.</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="211" />
        <source>The Lumen service did not answer, so the order may or may not be placed. Retry is safe: it can never place this order twice.</source>
        <translation>The Lumen service did not answer, so the order may or may not be placed. Retry is safe: it can never place this order twice.</translation>
    </message>
    <message>
        <location filename="../views/cart/place_order.py" line="217" />
        <source>Your session expired. Sign in again, then retry.</source>
        <translation>Your session expired. Sign in again, then retry.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../widgets/placeholder.py" line="33" />
        <source>This section is coming soon.</source>
        <translation>This section is coming soon.</translation>
    </message>
</context>
<context>
    <name>PrintPdfButton</name>
    <message>
        <location filename="../printing.py" line="171" />
        <source>Print / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="172" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="173" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="179" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../printing.py" line="179" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductDetailsPane</name>
    <message>
        <location filename="../views/catalog/details.py" line="242" />
        <source>This product is sold in multiples of %1.</source>
        <translation>This product is sold in multiples of %1.</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="276" />
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="277" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="278" />
        <source>Manufacturer part number</source>
        <translation>Manufacturer part number</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="279" />
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="280" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="281" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="282" />
        <source>Sale multiple</source>
        <translation>Sale multiple</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="283" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="287" />
        <source>Stock by branch</source>
        <translation>Stock by branch</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="288" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="288" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="289" />
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../views/catalog/details.py" line="290" />
        <source>&amp;Add to cart</source>
        <translation>&amp;Add to cart</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../views/approvals/product_picker.py" line="87" />
        <source>Search the catalog to add a line: name, brand, SKU, UPC…</source>
        <translation>Search the catalog to add a line: name, brand, SKU, UPC…</translation>
    </message>
    <message>
        <location filename="../views/approvals/product_picker.py" line="88" />
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../views/approvals/product_picker.py" line="89" />
        <source>&amp;Add to the request</source>
        <translation>&amp;Add to the request</translation>
    </message>
    <message>
        <location filename="../views/approvals/product_picker.py" line="118" />
        <source>%1 is sold in multiples of %2.</source>
        <translation>%1 is sold in multiples of %2.</translation>
    </message>
</context>
<context>
    <name>RejectAccountRequestDialog</name>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="51" />
        <source>Reject account request</source>
        <translation>Reject account request</translation>
    </message>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="53" />
        <source>Why is the request of %1 (%2) rejected? The reason is e-mailed to them.</source>
        <translation>Why is the request of %1 (%2) rejected? The reason is e-mailed to them.</translation>
    </message>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="57" />
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="58" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="63" />
        <source>Enter the reason for the rejection.</source>
        <translation>Enter the reason for the rejection.</translation>
    </message>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="67" />
        <source>The reason can't be longer than %1 characters.</source>
        <translation>The reason can't be longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../views/accounts/reject_dialog.py" line="86" />
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>The Lumen service can't be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../views/approvals/reject_dialog.py" line="56" />
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <location filename="../views/approvals/reject_dialog.py" line="57" />
        <source>&amp;Reason (required; the requester receives it by e-mail):</source>
        <translation>&amp;Reason (required; the requester receives it by e-mail):</translation>
    </message>
    <message>
        <location filename="../views/approvals/reject_dialog.py" line="58" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../views/approvals/reject_dialog.py" line="59" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/approvals/reject_dialog.py" line="66" />
        <source>Keep the reason under %1 characters.</source>
        <translation>Keep the reason under %1 characters.</translation>
    </message>
    <message>
        <location filename="../views/approvals/reject_dialog.py" line="92" />
        <source>The Lumen service can't be reached. Your reason is kept: try again in a moment.</source>
        <translation>The Lumen service can't be reached. Your reason is kept: try again in a moment.</translation>
    </message>
</context>
<context>
    <name>RequestAccountDialog</name>
    <message>
        <location filename="../views/accounts/request_account.py" line="130" />
        <source>Request an account</source>
        <translation>Request an account</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="133" />
        <source>Lumen's e-commerce team creates accounts for our customers' employees. Fill in this form; you need your company's Lumen customer number.</source>
        <translation>Lumen's e-commerce team creates accounts for our customers' employees. Fill in this form; you need your company's Lumen customer number.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="138" />
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="139" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="140" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="141" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="142" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="143" />
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="144" />
        <source>Sees prices</source>
        <translation>Sees prices</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="145" />
        <source>Approver's e-mail</source>
        <translation>Approver's e-mail</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="146" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="150" />
        <source>Place orders</source>
        <translation>Place orders</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="150" />
        <source>Order for approval</source>
        <translation>Order for approval</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="152" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="152" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="154" />
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="156" />
        <source>Required for “Order for approval”</source>
        <translation>Required for “Order for approval”</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="157" />
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="158" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="159" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="162" />
        <source>Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail your username and password to %1.</source>
        <translation>Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail your username and password to %1.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="180" />
        <source>Enter your company's Lumen customer number.</source>
        <translation>Enter your company's Lumen customer number.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="181" />
        <source>Enter your first name.</source>
        <translation>Enter your first name.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="182" />
        <source>Enter your last name.</source>
        <translation>Enter your last name.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="183" />
        <source>Enter your e-mail address.</source>
        <translation>Enter your e-mail address.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="186" />
        <source>Enter the e-mail of the person who approves your orders.</source>
        <translation>Enter the e-mail of the person who approves your orders.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="195" />
        <source>Enter a complete e-mail address, like name@example.com.</source>
        <translation>Enter a complete e-mail address, like name@example.com.</translation>
    </message>
    <message>
        <location filename="../views/accounts/request_account.py" line="257" />
        <source>The Lumen service can't be reached. Your form is kept; try again in a moment.</source>
        <translation>The Lumen service can't be reached. Your form is kept; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <location filename="../views/approvals/request_details.py" line="75" />
        <source>Lines: requested and approved</source>
        <translation>Lines: requested and approved</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_details.py" line="76" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_details.py" line="97" />
        <source>This request could not be loaded.</source>
        <translation>This request could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/approvals/request_details.py" line="114" />
        <source>The approver changed %n line(s); they are highlighted below.</source>
        <translation><numerusform>The approver changed %n line; it is highlighted below.</numerusform><numerusform>The approver changed %n lines; they are highlighted below.</numerusform></translation>
    </message>
    <message>
        <location filename="../views/approvals/request_details.py" line="116" />
        <source>Waiting for %1.</source>
        <translation>Waiting for %1.</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_details.py" line="120" />
        <source>No line was changed.</source>
        <translation>No line was changed.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../views/approvals/editor.py" line="95" />
        <source>Approval request from %1</source>
        <translation>Approval request from %1</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor.py" line="95" />
        <source>Approval request</source>
        <translation>Approval request</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor.py" line="151" />
        <source>Some quantities are not multiples of what the product is sold by; they are marked in red.</source>
        <translation>Some quantities are not multiples of what the product is sold by; they are marked in red.</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor.py" line="210" />
        <source>Your session expired. Sign in again, then save: your changes are kept.</source>
        <translation>Your session expired. Sign in again, then save: your changes are kept.</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor.py" line="219" />
        <source>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</source>
        <translation>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor.py" line="258" />
        <source>Order %1 placed.</source>
        <translation>Order %1 placed.</translation>
    </message>
    <message>
        <location filename="../views/approvals/editor.py" line="279" />
        <source>Request rejected; the requester is told why by e-mail.</source>
        <translation>Request rejected; the requester is told why by e-mail.</translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <location filename="../views/approvals/request_header.py" line="42" />
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="43" />
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="45" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="46" />
        <source>Note from the requester</source>
        <translation>Note from the requester</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="47" />
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="48" />
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="63" />
        <source>%1 — order %2</source>
        <translation>%1 — order %2</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="65" />
        <source>%1 — reason: %2</source>
        <translation>%1 — reason: %2</translation>
    </message>
    <message>
        <location filename="../views/approvals/request_header.py" line="74" />
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <location filename="../views/templates/request_preview.py" line="82" />
        <source>This order waits for your approval. Review it to change the lines, then place it or reject it.</source>
        <translation>This order waits for your approval. Review it to change the lines, then place it or reject it.</translation>
    </message>
    <message>
        <location filename="../views/templates/request_preview.py" line="84" />
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="../views/templates/request_preview.py" line="107" />
        <source>Pending request from %1</source>
        <translation>Pending request from %1</translation>
    </message>
    <message>
        <location filename="../views/templates/request_preview.py" line="108" />
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <location filename="../views/templates/request_preview.py" line="109" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../views/templates/request_preview.py" line="113" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../views/cart/save_template.py" line="53" />
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../views/cart/save_template.py" line="54" />
        <source>&amp;Template name:</source>
        <translation>&amp;Template name:</translation>
    </message>
    <message>
        <location filename="../views/cart/save_template.py" line="55" />
        <source>e.g. Standard kitchen rough-in</source>
        <translation>e.g. Standard kitchen rough-in</translation>
    </message>
    <message>
        <location filename="../views/cart/save_template.py" line="56" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../views/cart/save_template.py" line="62" />
        <source>Give the template a name.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <location filename="../views/cart/save_template.py" line="76" />
        <source>The Lumen service can't be reached. Nothing was saved; try again.</source>
        <translation>The Lumen service can't be reached. Nothing was saved; try again.</translation>
    </message>
    <message>
        <location filename="../views/cart/save_template.py" line="78" />
        <source>Your session expired. Sign in again, then save.</source>
        <translation>Your session expired. Sign in again, then save.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../views/catalog/search_bar.py" line="63" />
        <source>Search by name, brand, SKU, MPN or UPC (Ctrl+F)</source>
        <translation>Search by name, brand, SKU, MPN or UPC (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/catalog/search_bar.py" line="64" />
        <source>Scan &amp;quantity</source>
        <translation>Scan &amp;quantity</translation>
    </message>
    <message>
        <location filename="../views/catalog/search_bar.py" line="65" />
        <source>Sale multiple</source>
        <translation>Sale multiple</translation>
    </message>
    <message>
        <location filename="../views/catalog/search_bar.py" line="68" />
        <source>The quantity added when a scanned code (UPC or SKU) is followed by Enter; "Sale multiple" adds one sale multiple of the product.</source>
        <translation>The quantity added when a scanned code (UPC or SKU) is followed by Enter; "Sale multiple" adds one sale multiple of the product.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../sections.py" line="73" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../sections.py" line="74" />
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../sections.py" line="117" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../sections.py" line="119" />
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../sections.py" line="121" />
        <source>Order templates</source>
        <translation>Order templates</translation>
    </message>
    <message>
        <location filename="../sections.py" line="125" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../sections.py" line="127" />
        <source>Account requests</source>
        <translation>Account requests</translation>
    </message>
</context>
<context>
    <name>SendForApprovalDialog</name>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="60" />
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="62" />
        <source>Your cart goes to %1, who can change it and place the order, or reject it with a reason.</source>
        <translation>Your cart goes to %1, who can change it and place the order, or reject it with a reason.</translation>
    </message>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="66" />
        <source>&amp;Note for %1 (optional):</source>
        <translation>&amp;Note for %1 (optional):</translation>
    </message>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="67" />
        <source>&amp;Send to %1</source>
        <translation>&amp;Send to %1</translation>
    </message>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="75" />
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="90" />
        <source>The Lumen service can't be reached. Nothing was sent; your note is kept — try again.</source>
        <translation>The Lumen service can't be reached. Nothing was sent; your note is kept — try again.</translation>
    </message>
    <message>
        <location filename="../views/cart/send_for_approval.py" line="93" />
        <source>Your session expired. Sign in again, then send.</source>
        <translation>Your session expired. Sign in again, then send.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/sign_in.py" line="122" />
        <source>Session expired — sign in again</source>
        <translation>Session expired — sign in again</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="124" />
        <source>Sign in to Lumen</source>
        <translation>Sign in to Lumen</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="125" />
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="126" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="127" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="128" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="129" />
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="130" />
        <source>No keyring is available on this computer: your password will be asked each time.</source>
        <translation>No keyring is available on this computer: your password will be asked each time.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="132" />
        <source>Request an account</source>
        <translation>Request an account</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="133" />
        <source>Demo accounts — click one to fill in its username and password:</source>
        <translation>Demo accounts — click one to fill in its username and password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="134" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="135" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="170" />
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="188" />
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Your saved session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="197" />
        <source>Enter the address of the Lumen service.</source>
        <translation>Enter the address of the Lumen service.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="199" />
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="201" />
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="207" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="231" />
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>Too many failed attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="235" />
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="244" />
        <source>The Lumen service at %1 can't be reached. Check the address.</source>
        <translation>The Lumen service at %1 can't be reached. Check the address.</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <location filename="../views/approvals/status_filter.py" line="40" />
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../views/templates/template_editor.py" line="120" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="121" />
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="122" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="123" />
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="124" />
        <source>Add to cart</source>
        <translation>Add to cart</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="125" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="126" />
        <source>Adds this template's lines to your cart</source>
        <translation>Adds this template's lines to your cart</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="152" />
        <source>This template no longer exists.</source>
        <translation>This template no longer exists.</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="185" />
        <source>Enter a name for the template.</source>
        <translation>Enter a name for the template.</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="203" />
        <source>Template saved.</source>
        <translation>Template saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/templates/template_editor.py" line="225" />
        <source>%n line(s) added to the cart.</source>
        <translation>
            <numerusform>%n line added to the cart.</numerusform>
            <numerusform>%n lines added to the cart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="227" />
        <source>Not added, no longer sold: %1.</source>
        <translation>Not added, no longer sold: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/templates/template_editor.py" line="238" />
        <source>%n line(s) refused — see the highlighted rows.</source>
        <translation>
            <numerusform>%n line refused — see the highlighted row.</numerusform>
            <numerusform>%n lines refused — see the highlighted rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="246" />
        <source>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</source>
        <translation>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="259" />
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="260" />
        <source>Delete the template “%1”? This can't be undone.</source>
        <translation>Delete the template “%1”? This can't be undone.</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="264" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../views/templates/template_editor.py" line="265" />
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>TemplateLinesModel</name>
    <message>
        <location filename="../models/template_lines_model.py" line="145" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="146" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="147" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="148" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="149" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="150" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="201" />
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="203" />
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="205" />
        <source>The quantity can't be more than 1,000,000.</source>
        <translation>The quantity can't be more than 1,000,000.</translation>
    </message>
    <message>
        <location filename="../models/template_lines_model.py" line="213" />
        <source>%1 is sold in multiples of %2.</source>
        <translation>%1 is sold in multiples of %2.</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../models/template_list_model.py" line="114" />
        <source>Pending request from %1</source>
        <translation>Pending request from %1</translation>
    </message>
    <message>
        <location filename="../models/template_list_model.py" line="115" />
        <source>Pending request: %1</source>
        <translation>Pending request: %1</translation>
    </message>
    <message>
        <location filename="../models/template_list_model.py" line="127" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/template_list_model.py" line="127" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../models/template_list_model.py" line="127" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../models/template_list_model.py" line="145" />
        <source>An order waiting for your approval. Open it to review, change and place it.</source>
        <translation>An order waiting for your approval. Open it to review, change and place it.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../views/templates/templates_view.py" line="111" />
        <source>Order templates</source>
        <translation>Order templates</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="112" />
        <source>New template from cart…</source>
        <translation>New template from cart…</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="113" />
        <source>Select a template to see its lines, or save your cart as a new template.</source>
        <translation>Select a template to see its lines, or save your cart as a new template.</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="114" />
        <source>No templates yet. Fill your cart, then choose “New template from cart…”.</source>
        <translation>No templates yet. Fill your cart, then choose “New template from cart…”.</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="206" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="207" />
        <source>Save your changes to the template “%1”?</source>
        <translation>Save your changes to the template “%1”?</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="211" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="212" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../views/templates/templates_view.py" line="213" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <location filename="../notifications.py" line="170" />
        <source>Lumen — %n request(s) await your approval</source>
        <translation><numerusform>Lumen — %n request awaits your approval</numerusform><numerusform>Lumen — %n requests await your approval</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../notifications.py" line="172" />
        <source>Lumen — you have %n request(s) awaiting approval</source>
        <translation><numerusform>Lumen — you have %n request awaiting approval</numerusform><numerusform>Lumen — you have %n requests awaiting approval</numerusform></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../views/approvals/unsaved.py" line="18" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../views/approvals/unsaved.py" line="19" />
        <source>Your changes are not saved. Close and lose them?</source>
        <translation>Your changes are not saved. Close and lose them?</translation>
    </message>
    <message>
        <location filename="../views/approvals/unsaved.py" line="24" />
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../views/approvals/unsaved.py" line="25" />
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
</TS>