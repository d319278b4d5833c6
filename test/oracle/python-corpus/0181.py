# oracle: seed 181, closed, raises TypeError at line 20
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(3, 2)
x_0 = torch.randn(6, 3, 3)
lengths_0 = [6, 5, 4]
packed_0 = pack_padded_sequence(x_0, lengths_0, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)

class Args_1:
    pass

args_1 = Args_1()
setattr(args_1, "hidden", 4)
rnn_1 = torch.nn.GRU(4, args_1.hidden)
out_1, h_1 = rnn_1(torch.randn(2, 2, 4), torch.zeros(1, 2, args_1.hidden))

layer_2 = torch.nn.LSTM(3, 3, nonlinearity='tanh')
y_2, _ = layer_2(torch.randn(3, 2, 3))

rnn_3 = torch.nn.GRU(6, 6, 1, True, True, bidirectional=True)
x_3 = torch.rand(5, 4, 6)
hidden_3 = torch.zeros(2, 4, 6)
out_3, h_3 = rnn_3(x_3, hidden_3)
n_3 = out_3.size(1) * out_3.dim()

lstm_4 = torch.nn.LSTM(3, 3, 2)
out_4, (h_4, c_4) = lstm_4(torch.randn(2, 4, 3))
r_4_0 = torch.split(out_4, 3, dim=2)[0]
r_4_1 = torch.cat((out_4, out_4), dim=-1)
r_4_2 = torch.cat((out_4, out_4), dim=-1)
