# oracle: seed 204, closed, raises RuntimeError at line 9
import torch
from torch.nn import Conv1d, GRU, GRUCell, LSTM, RNNCell

cell_0 = RNNCell(input_size=3, hidden_size=6)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 3), h_0)
    t_0 += 1

gru_1 = GRU(8, 7)
x_1 = torch.randn(3, 8)
cell_1 = GRUCell(8, 7)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

rnn_2 = LSTM(5, 4, batch_first=True)
x_2 = torch.randn(3, 5, 5)
lengths_2 = torch.tensor([5, 4, 3])
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, batch_first=True)
packed_out_2, (h_2, c_2) = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2, batch_first=True)

conv_3 = Conv1d(4, 6, kernel_size=3, padding=1)
feats_3 = conv_3(torch.randn(2, 4, 6)).transpose(1, 2)
rnn_3 = LSTM(6, 4, batch_first=True)
out_3, _ = rnn_3(feats_3)

lstm_4 = LSTM(3, 5, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(3, 4, 3))
r_4_0 = out_4.reshape(-1, 5)
r_4_1 = len(out_4)
r_4_2 = out_4.permute(2, 0, 1)
r_4_3 = len(out_4)
a_4, b_4 = out_4.chunk(2, dim=0)
