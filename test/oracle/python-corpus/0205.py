# oracle: seed 205, closed, raises RuntimeError at line 9
import torch
from torch import nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(5, 5, num_layers=2)
last_0_0 = encode_0(enc_0, torch.zeros(3, 3, 5), h0=torch.zeros((4, 3, 5)))
last_0_1 = encode_0(enc_0, torch.rand(1, 1, 5), h0=torch.zeros([2, 1, 5]))

embed_1 = nn.Embedding(27, 4)
drop_1 = nn.Dropout()
rnn_1 = nn.LSTM(4, 7, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(7, 27)(out_1)

cell_2 = nn.LSTMCell(5, 2)
xs_2 = torch.randn(4, 1, 5)
h_2 = torch.zeros(1, 2)
c_2 = torch.zeros(1, 2)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t % 2 == 1:
        continue
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)
head_2 = nn.Linear(2, 2)(h_2)

cell_3 = nn.RNNCell(4, 3)
xs_3 = torch.randn(3, 1, 4)
h_3 = torch.zeros(2, 3)
outputs_3 = []
for t in range(xs_3.shape[0]):
    if t == 1:
        break
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
