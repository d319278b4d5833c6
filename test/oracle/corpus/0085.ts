// oracle: seed 85, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 8
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { RNN: RNN_0a } = nn;
const a_0 = new RNN_0a(7, 5, { batch_first: true });
const { GRU: GRU_0b } = nn;
const b_0 = new GRU_0b(9, 7, { numLayers: 2, bidirectional: false, dropout: 0.5 });
const oa_0 = apply_0(a_0, torch.zeros(2, 3, 8));
const shape_0_9974 = [2, 3, 9];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_9974));

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 8));
