# oracle: seed 84, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.LSTM(2, 5, batch_first=True)
x_0 = torch.randn(2, 5, 2)
lengths_0 = [5, 4]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

rnn_1 = torch.nn.RNN(6, 6, batch_first=False, nonlinearity="relu")
x_1 = torch.randn(1, 4, 6)
out_1, h_1 = rnn_1(x_1)
n_1 = out_1.size(1) * out_1.dim()

config_2 = {"input_size": 5, "hidden_size": 6, "num_layers": 2}
rnn_2 = torch.nn.GRU(**config_2)
out_2, h_2 = rnn_2(torch.randn(3, 2, config_2["input_size"]))

class Args_3:
    pass

args_3 = Args_3()
setattr(args_3, "hidden", 4)
rnn_3 = torch.nn.GRU(2, args_3.hidden)
out_3, h_3 = rnn_3(torch.randn(2, 2, 2), torch.zeros(1, 2, args_3.hidden))

y_4 = torch.randn(4, 3, 2)
layers_4 = [torch.nn.RNN(2, 3), torch.nn.RNN(3, 2), torch.nn.RNN(2, 7)]
for i in range(len(layers_4)):
    y_4 = layers_4[i](y_4)[0]
z_4 = torch.nn.Linear(7, 3)(y_4)
