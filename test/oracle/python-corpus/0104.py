# oracle: seed 104, closed, raises RuntimeError at line 17
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = torch.nn.LSTM(3, 2, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = out_0.unsqueeze(-1).squeeze(-1)
r_0_1 = torch.stack([h_0[-1], out_0[0]], dim=0)
r_0_2 = len(out_0)
r_0_3 = h_0[-2:]
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = torch.nn.LSTM(7, 6, batch_first=True)
x_1 = torch.randn(2, 3, 6)
lengths_1 = [3, 2]
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)
last_1 = torch.nn.Linear(12, 2)(h_1[-1])

rnn_2 = torch.nn.LSTM(2, 7, bias=False, batch_first=True, proj_size=2)
x_2 = torch.zeros([1, 1, 2])
batch_2 = x_2.size()[0]
h0_2 = torch.zeros(1, batch_2, 2)
c0_2 = torch.zeros(1, batch_2, 7)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
