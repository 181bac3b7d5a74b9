<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="automobile" tilewidth="64" tileheight="64" tilecount="120" columns="8">
 <image source="automobile.png" width="512" height="960"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_a"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_c"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_shade_n"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="floor_shade_w"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="floor_shade_e"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="floor_shade_nw"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="floor_shade_ne"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="door_mat"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="hatch_n"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="hatch_e"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="hatch_s"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="hatch_w"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="hatch_ne"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="hatch_nw"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="hatch_se"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="hatch_sw"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="walk_n"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="walk_e"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="walk_s"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="walk_w"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="walk_ne"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="walk_nw"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="walk_se"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="walk_sw"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="walk_ns"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="walk_ew"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="walk_in_ne"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="walk_in_nw"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="walk_in_se"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="walk_in_sw"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="wall_cap"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="wall_cap_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="wall_cap_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="wall_cap_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="wall_cap_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="wall_cap_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="wall_cap_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="wall_cap_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="wall_cap_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="wall_cap_in_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="wall_cap_in_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="wall_cap_in_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="wall_cap_in_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="wall_upper_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="wall_lower_pipe"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="roller_door_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="roller_door_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="extinguisher"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="pallet_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="pallet_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="barrier_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="roller_door_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="roller_door_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="barrier_v"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="sign_danger"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="sign_danger_stand"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="pallet_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="pallet_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="sign_ppe"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="sign_ppe_stand"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="shelf_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="shelf_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="car_body_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="car_body_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="car_body_2_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="torque_station_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="torque_station_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="andon"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="shelf_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="shelf_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="car_body_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="car_body_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="car_body_2_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="torque_station_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="torque_station_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="hv_pack_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="hv_pack_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="tyres"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="conveyor"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="conveyor_box"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="robot_cell_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="robot_cell_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="robot_cell_2_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="fence"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="fence_v"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="agv"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="parts_shelf_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="parts_shelf_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="robot_cell_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="robot_cell_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="robot_cell_2_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="sign_hv"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="switchboard_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="switchboard_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="parts_shelf_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="parts_shelf_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="forklift_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="forklift_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="switchboard_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="switchboard_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="module_rack_0_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="module_rack_1_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="forklift_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="forklift_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="module_rack_0_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="module_rack_1_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
