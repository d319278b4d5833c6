// oracle: seed 132, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 14
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM(7, 9, { bidirectional: true });
const { LSTM: LSTM_0b } = nn;
const b_0 = new LSTM_0b(6, 6, { num_layers: 3 });
const shape_0_1588 = [3, 2, 14];
const oa_0 = apply_0(a_0, torch.randn(...shape_0_1588));
const shape_0_419 = [2, 3, 6];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_419));

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.transpose(1, 2).view(3, 18, -1);
const s_1 = torch.zeros(...v_1.shape);
