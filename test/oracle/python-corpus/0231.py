# oracle: seed 231, closed, runs cleanly
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(5, 5, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.zeros((2, 3, 5)))

rnn_1 = torch.nn.RNN(8, 3, 3, bidirectional=True, nonlinearity='relu')
x_1 = torch.randn(5, 8)
hx_1 = torch.zeros(6, 3)
out_1, _ = rnn_1(x_1, hx_1)

rnn_2 = torch.nn.GRU(4, 8, 3, dropout=0.1, bidirectional=True)
x_2 = torch.randn(4, 4)
hx_2 = torch.zeros(6, 8)
out_2, _ = rnn_2(x_2, hx_2)

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = torch.nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_3 = torch.device("cpu")
model_3 = Model_3(6, 5, 2).to(device_3)
model_3.eval()
with torch.no_grad():
    logits_3 = model_3(torch.rand(4, 1, 6).to(device_3))
probs_3 = logits_3.softmax(dim=-1)
