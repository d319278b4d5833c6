# oracle: seed 125, closed, raises ValueError at line 37
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(5, 8, 2)
last_0_0 = encode_0(enc_0, torch.zeros(3, 3, 5))
last_0_1 = encode_0(enc_0, torch.ones(2, 1, 5))

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.RNN(input_size=2, hidden_size=9, batch_first=True, nonlinearity='relu')
last_1_0 = encode_1(enc_1, torch.ones(3, 2, 2), h0=torch.zeros(1, 3, 9), batch_first=True)
last_1_1 = encode_1(enc_1, torch.randn(3, 4, 2), h0=torch.zeros(1, 3, 9), batch_first=True)

cell_2 = torch.nn.GRUCell(7, 2)
xs_2 = torch.randn(5, 2, 7)
h_2 = torch.zeros(2, 2)
outputs_2 = []
for t in range(len(xs_2)):
    if t % 2 == 1:
        continue
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)

layer_3 = torch.nn.RNN(5, 0, 2, bias=False)
y_3, _ = layer_3(torch.randn(3, 2, 5))

embed_4 = torch.nn.Embedding(17, 4)
drop_4 = torch.nn.Dropout(p=0.5)
rnn_4 = torch.nn.GRU(4, 8, batch_first=True)
tokens_4 = torch.tensor([[1, 2, 3], [4, 5, 16]])
emb_4 = drop_4(embed_4(tokens_4))
out_4, h_4 = rnn_4(emb_4)
