# oracle: seed 260, closed, raises RuntimeError at line 18
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

lstm_0 = LSTM(3, 5, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 2, 3))
r_0_0 = out_0.permute(2, 0, 1)
r_0_1 = torch.cat((out_0, out_0), dim=-1)
r_0_2 = out_0.unsqueeze(0).squeeze(-1)
r_0_3 = out_0.unsqueeze(0).squeeze(-1)
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = GRU(6, 4, batch_first=True)
x_1 = torch.randn(1, 6, 7)
lengths_1 = [6]
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1, batch_first=True)
