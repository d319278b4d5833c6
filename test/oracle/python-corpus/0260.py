# oracle: seed 260, closed, raises RuntimeError at line 26
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

lstm_0 = LSTM(3, 5, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 2, 3))
r_0_0 = out_0.permute(2, 0, 1)
r_0_1 = torch.cat((out_0, out_0), dim=-1)
r_0_2 = out_0.unsqueeze(0).squeeze(-1)
r_0_3 = out_0.unsqueeze(0).squeeze(-1)
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = GRU(6, 4, batch_first=True)
x_1 = torch.randn(1, 6, 6)
lengths_1 = torch.tensor([6])
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1, batch_first=True)

rnn_2 = LSTM(7, 3, num_layers=3, batch_first=True)
x_2 = torch.rand(3, 5, 7)
batch_2 = x_2.shape[1]
h0_2 = torch.zeros(3, batch_2, 3)
c0_2 = torch.zeros(3, batch_2, 3)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))

y_3 = torch.randn(3, 2, 5)
layers_3 = [RNN(5, 7), RNN(9, 3)]
for i in range(len(layers_3)):
    y_3 = layers_3[i](y_3)[0]

lstm_4 = LSTM(3, 6, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(3, 4, 3))
r_4_0 = out_4.chunk(2, dim=0)[0]
r_4_1 = out_4.permute(2, 0, 1)
r_4_2 = out_4[..., :2]
r_4_3 = c_4.repeat(1, 1, 1)
