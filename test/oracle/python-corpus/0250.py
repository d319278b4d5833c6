# oracle: seed 250, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNNCell

rnn_0 = GRU(6, 3, batch_first=True)
x_0 = torch.randn(3, 5, 6)
lengths_0 = [5, 4, 3]
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(3, 2)(h_0[-1])

cell_1 = RNNCell(7, 6)
xs_1 = torch.randn(3, 4, 7)
h_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(xs_1.shape[0]):
    if t == 3:
        break
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = nn.Linear(6, 2)(h_1)

rnn_2 = LSTM(input_size=4, hidden_size=2, batch_first=True)
x_2 = torch.rand(5, 1, 4)
batch_2 = x_2.size()[0]
h0_2 = torch.zeros(1, batch_2, 2)
c0_2 = torch.zeros(1, batch_2, 2)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
