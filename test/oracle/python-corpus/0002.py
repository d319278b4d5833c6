# oracle: seed 2, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRUCell, LSTM
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = GRUCell(input_size=7, hidden_size=5)
h_0 = torch.zeros(5)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(7), h_0)
    t_0 += 1

cell_1 = GRUCell(7, 6)
xs_1 = torch.randn(4, 1, 7)
h_1 = torch.zeros(1, 6)
outputs_1 = []
for t in range(4):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

rnn_2 = LSTM(5, 3, batch_first=False, bidirectional=False)
x_2 = torch.randn(5, 5)
out_2, _ = rnn_2(x_2)

rnn_3 = LSTM(2, 6)
x_3 = torch.randn(6, 3, 2)
lengths_3 = torch.tensor([6, 5, 4])
packed_3 = pack_padded_sequence(x_3, lengths_3)
packed_out_3, (h_3, c_3) = rnn_3(packed_3)
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3)
