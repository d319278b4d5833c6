# oracle: seed 90, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = nn.RNNCell(input_size=6, hidden_size=6)
h_0 = torch.zeros(6)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1

cell_1 = nn.GRUCell(input_size=7, hidden_size=7)
h_1 = torch.zeros(2, 7)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(2, 7), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).contiguous()

rnn_2 = nn.GRU(input_size=7, hidden_size=4, num_layers=1)
x_2 = torch.randn(3, 7)
hx_2 = torch.zeros(1, 4)
out_2, _ = rnn_2(x_2, hx_2)

rnn_3 = nn.LSTM(4, 4, batch_first=True)
x_3 = torch.randn(4, 6, 4)
lengths_3 = torch.tensor([6, 5, 4, 3])
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True)
packed_out_3, (h_3, c_3) = rnn_3(packed_3)
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)
