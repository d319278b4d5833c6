// oracle: seed 146, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(9, 6, { batchFirst: true });
const x_0 = torch.randn([3, 6, 9]);
const [out_0, st_0] = m_0.forward(x_0);
