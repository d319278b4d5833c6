# oracle: seed 125, closed, raises RuntimeError at line 33
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
xs_2 = torch.randn(5, 2, 9)
h_2 = torch.zeros(2, 2)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t == 1:
        break
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
head_2 = torch.nn.Linear(2, 2)(h_2)
