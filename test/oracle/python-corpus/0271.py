# oracle: seed 271, closed, raises RuntimeError at line 20
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(input_size=6, hidden_size=3)
last_0_0 = encode_0(enc_0, torch.rand(4, 2, 6), h0=torch.zeros(1, 2, 3))
last_0_1 = encode_0(enc_0, torch.randn(1, 1, 6).float())

rnn_1 = torch.nn.GRU(4, 5, batch_first=True)
x_1 = torch.randn(3, 5, 6)
lengths_1 = [5, 4, 3]
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_2 = torch.device("cpu")
model_2 = Model_2(8, 8, 1, bidirectional=True).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.zeros(3, 2, 8).to(device_2))
probs_2 = logits_2.softmax(dim=-1)
